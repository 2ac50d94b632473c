package org.civitas.spi;

/** What must be verified about a citizen before an action is allowed, from weakest to strongest. */
public enum Verification {
    NONE,
    /** The account's e-mail address has been confirmed. */
    EMAIL,
    /** The citizen declared a residence in the district the action concerns (or, city-wide, any district). */
    RESIDENCE_IN_DISTRICT
}
