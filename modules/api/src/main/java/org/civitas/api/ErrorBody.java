package org.civitas.api;

/** Every error the API answers: a stable code for programs, a message for people. */
public record ErrorBody(String error, String message) {
}
