package org.civitas.spi;

/** What a person is to the platform. One account may hold several roles. */
public enum Role {
    /** Anyone, signed in or not. */
    VISITOR,
    CITIZEN,
    MODERATOR,
    /** An agent of a city directorate (green spaces, roads…). */
    AGENT,
    ADMINISTRATOR
}
