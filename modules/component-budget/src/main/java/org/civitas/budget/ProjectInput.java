package org.civitas.budget;

/**
 * What a citizen writes when filing a project. {@code envelope} is a district code, or {@value
 * BudgetComponent#CITY} for the city-wide envelope; {@code cost} is the estimate in whole euros.
 */
public record ProjectInput(String title, String description, String category, String envelope, Long cost) {
}
