package org.civitas.core.account;

/** What a person gives to open an account. */
public record Registration(String email, String password, String pseudonym, boolean termsAccepted, String locale) {
}
