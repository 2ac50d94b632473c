package org.civitas.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.SpaceRef;
import org.junit.jupiter.api.Test;

/** A budget's categories in the reader's language, projects keeping the French name. */
class CategoriesTest {

    private static ComponentRef budget(Map<String, String> settings) {
        return new ComponentRef(1, BudgetComponent.ID, "Budget participatif", new SpaceRef(2, "bp-2027", null), settings, Map.of());
    }

    @Test
    void theDefaultListHasItsEnglishNames() {
        ComponentRef unset = budget(Map.of());
        assertEquals("Education and youth", BudgetComponent.category(unset, "Éducation et jeunesse").in(Locale.ENGLISH));
        assertEquals("Éducation et jeunesse", BudgetComponent.category(unset, "Éducation et jeunesse").in(Locale.FRENCH));
        assertEquals(BudgetComponent.categories(unset).size(), BudgetComponent.DEFAULT_CATEGORIES_EN.split(",").length,
                "one English name for each French one");
    }

    @Test
    void aBudgetsOwnEnglishNamesAreReadInTheSameOrder() {
        ComponentRef own = budget(Map.of("categories", "Propreté, Voirie, Arbres", "categories_en", "Cleanliness, Roads"));
        assertEquals("Roads", BudgetComponent.category(own, "Voirie").in(Locale.ENGLISH));
        assertEquals("Arbres", BudgetComponent.category(own, "Arbres").in(Locale.ENGLISH), "a name left out stays French");
        assertEquals("Ancienne", BudgetComponent.category(own, "Ancienne").in(Locale.ENGLISH),
                "a category no longer listed keeps its name");
        ComponentRef frenchOnly = budget(Map.of("categories", "Propreté, Voirie"));
        assertEquals("Voirie", BudgetComponent.category(frenchOnly, "Voirie").in(Locale.ENGLISH),
                "a list of its own without English names stays French");
    }
}
