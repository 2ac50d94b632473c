-- A sign-up with an address that already has an account holds its pseudonym as a new account would, so that
-- whether the pseudonym is then free does not tell whether the address was registered (Accounts.register).
CREATE TABLE core_pseudonym_hold (
    pseudonym VARCHAR(60) PRIMARY KEY,
    until     TIMESTAMPTZ NOT NULL
);
