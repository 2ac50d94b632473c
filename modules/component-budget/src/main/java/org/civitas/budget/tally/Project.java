package org.civitas.budget.tally;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A project on the ballot, as a Pabulib file describes it.
 *
 * @param id       the project's id, unique in its election
 * @param cost     what funding it costs, in the election's currency
 * @param votes    the {@code votes} column, or {@code null} when the file has none
 * @param name     its title, empty when the file has none
 * @param category its categories as the file writes them, empty when none
 * @param district its district, empty when the project is city-wide or the file does not say
 * @param selected whether the city funded it ({@code selected;1}), or {@code null} when the file does not say
 * @param reserved whether it may be funded from the budget's reserve ({@code reserved;1}, a Civitas column: Paris
 *                 reserves a share of its budget to projects in its popular neighbourhoods)
 */
public record Project(String id, BigDecimal cost, Integer votes, String name, String category, String district,
                      Boolean selected, boolean reserved) {

    public Project {
        Objects.requireNonNull(id);
        Objects.requireNonNull(cost);
        name = Objects.requireNonNullElse(name, "");
        category = Objects.requireNonNullElse(category, "");
        district = Objects.requireNonNullElse(district, "");
    }

    Project withSelected(boolean funded) {
        return new Project(id, cost, votes, name, category, district, funded, reserved);
    }
}
