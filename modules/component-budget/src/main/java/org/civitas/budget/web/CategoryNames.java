package org.civitas.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.civitas.budget.BudgetComponent;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.Refusal;

/** A budget's categories in the reader's language, each budget's settings read once per request however many projects a page names. */
@Named("budgetCategories")
@RequestScoped
public class CategoryNames {

    @Inject
    ComponentAccess access;

    private final Map<Long, ComponentRef> budgets = new HashMap<>();

    public String name(long budget, String category) {
        ComponentRef ref = budgets.computeIfAbsent(budget, id -> {
            try {
                return access.component(BudgetComponent.ID, id, BudgetPages.viewer());
            } catch (Refusal notReadable) {
                return null;
            }
        });
        return ref == null || category == null ? category : BudgetComponent.category(ref, category).in(BudgetPages.locale());
    }
}
