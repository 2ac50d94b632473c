package org.civitas.consultation;

import java.time.LocalDate;

/**
 * A consultation as its directorate describes it. {@code directorate} is chosen by administrators only; an agent's
 * consultation is their own directorate's. It is open from the start of {@code opensOn} to the end of
 * {@code closesOn}, on the city's clock. {@code context} is rich text.
 */
public record ConsultationInput(String directorate, String title, String context, LocalDate opensOn, LocalDate closesOn) {
}
