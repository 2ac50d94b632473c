package org.civitas.consultation;

import java.util.List;

/** A question as the directorate writes it: {@code kind} is {@code open} or {@code closed}; a closed one has options. */
public record QuestionInput(String kind, String text, List<String> options) {
}
