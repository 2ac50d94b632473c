-- Ballots imported from a Pabulib file (an election held elsewhere) belong to no one: their voter_id is NULL.
-- PostgreSQL treats NULLs as distinct in UNIQUE (component_id, envelope, voter_id), so the key still allows one
-- live ballot per voter and envelope, and any number of imported ones. Pabulib's own voter ids are not kept:
-- they are numbers of that file, and the export numbers voters anew.
ALTER TABLE budget_ballot ALTER COLUMN voter_id DROP NOT NULL;
