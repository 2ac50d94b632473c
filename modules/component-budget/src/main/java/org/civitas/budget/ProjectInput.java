package org.civitas.budget;

/**
 * What a citizen writes when filing a project. {@code envelope} is a district code, or {@value
 * BudgetComponent#CITY} for the city-wide envelope; {@code cost} is the estimate in whole euros. {@code description}
 * is limited rich text (paragraphs, bold, italic, lists, links), sanitised by the service. The place is optional:
 * an {@code address}, a map point ({@code latitude} and {@code longitude}, both or neither), or both.
 */
public record ProjectInput(String title, String description, String category, String envelope, Long cost,
                           String address, Double latitude, Double longitude) {
}
