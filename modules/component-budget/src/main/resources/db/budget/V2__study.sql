-- The study phase: each project is assigned to a city directorate, whose agents record whether it is admissible
-- (an investment) and feasible, the city's own cost estimate, and a public opinion with its justification.
ALTER TABLE budget_project
    ADD COLUMN directorate       VARCHAR(100),
    ADD COLUMN admissible        BOOLEAN,
    ADD COLUMN admissible_reason VARCHAR(2000),
    ADD COLUMN feasible          BOOLEAN,
    ADD COLUMN feasible_reason   VARCHAR(2000),
    ADD COLUMN city_cost         BIGINT CHECK (city_cost > 0),
    ADD COLUMN opinion           VARCHAR(20),
    ADD COLUMN justification     VARCHAR(4000),
    ADD COLUMN studied_at        TIMESTAMPTZ;
CREATE INDEX budget_project_directorate ON budget_project (component_id, directorate);
