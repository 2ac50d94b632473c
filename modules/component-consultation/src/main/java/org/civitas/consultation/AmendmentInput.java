package org.civitas.consultation;

/**
 * An amendment's words: the whole new title and text (rich text) of the proposal or the section, and why they are
 * better. The diff against the version they were written on is computed, never typed.
 */
public record AmendmentInput(String title, String body, String explanation) {
}
