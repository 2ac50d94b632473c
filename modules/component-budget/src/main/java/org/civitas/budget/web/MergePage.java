package org.civitas.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.budget.BudgetComponent;
import org.civitas.budget.CoConstruction;
import org.civitas.budget.MergeInput;
import org.civitas.budget.Views;
import org.civitas.spi.Refusal;

/**
 * The moderators' merge screen: the filed projects of one envelope as checkboxes, the merged project's fields,
 * and a confirmation. Every field is a plain input read from the request (checkboxes inside {@code ui:repeat}
 * cannot be Faces inputs bound to a list); a refusal is shown next to the field it concerns and in a summary
 * that takes the focus, and what was typed and ticked comes back.
 */
@Named("budgetMerge")
@RequestScoped
public class MergePage {

    /** Which field a refusal of the service concerns; any other refusal is shown at the top of the page. */
    private static final Map<String, String> FIELD_OF = Map.ofEntries(Map.entry("budget.merge.invalid", "projects"),
            Map.entry("budget.merge.too-few", "projects"), Map.entry("budget.merge.too-many", "projects"),
            Map.entry("budget.merge.other-budget", "projects"), Map.entry("budget.merge.envelope", "projects"),
            Map.entry("budget.merge.draft", "projects"), Map.entry("budget.merge.already", "projects"),
            Map.entry("budget.merge.not-filed", "projects"), Map.entry("budget.project.not-found", "projects"),
            Map.entry("budget.project.title", "title"), Map.entry("budget.project.description", "description"),
            Map.entry("budget.project.category", "category"), Map.entry("budget.project.cost", "cost"));

    @Inject
    CoConstruction coConstruction;

    private long component;
    private String envelope;
    private List<Views.ProjectView> candidates;
    private List<String> categories;
    private boolean looked;
    private Set<Long> chosen = Set.of();
    private String title;
    private String description;
    private String category;
    private String cost;
    private boolean confirmed;
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** The view action: the envelope's filed projects once an envelope is chosen, or why the screen is closed. */
    public void load() {
        candidates();
    }

    /**
     * Also on a postback, before the form is decoded: the form is rendered only when the projects are known, and
     * view parameters would arrive too late, so the budget and the envelope are read from the hidden fields.
     */
    public List<Views.ProjectView> getCandidates() {
        return candidates();
    }

    private List<Views.ProjectView> candidates() {
        if (!looked) {
            looked = true;
            Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            long id = component > 0 ? component : number(request.get("component"));
            String where = envelope != null ? envelope : request.get("envelope");
            try {
                categories = coConstruction.categories(BudgetPages.viewer(), id);
                if (where != null && !where.isBlank()) {
                    candidates = coConstruction.candidates(BudgetPages.viewer(), id, where);
                }
            } catch (Refusal refusal) {
                BudgetPages.refused(refusal);
            }
        }
        return candidates;
    }

    public void merge() {
        Map<String, String[]> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        component = number(first(form.get("component")));
        envelope = first(form.get("envelope"));
        chosen = form.get("project") == null ? Set.of() : Arrays.stream(form.get("project"))
                .filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).collect(Collectors.toCollection(java.util.TreeSet::new));
        title = first(form.get("title"));
        description = first(form.get("description"));
        category = first(form.get("category"));
        cost = first(form.get("cost"));
        confirmed = "yes".equals(first(form.get("confirm")));
        if (!confirmed) {
            errors.put("confirm", PageTexts.text(BudgetPages.locale(), "merge.confirm.required"));
            return;
        }
        try {
            String digits = cost == null ? "" : cost.replaceAll("[\\s\\u00A0\\u202F€.]", "");
            Views.ProjectView merged = coConstruction.merge(BudgetPages.viewer(), component, new MergeInput(List.copyOf(chosen),
                    title, description, category, digits.matches("\\d{1,12}") ? Long.valueOf(digits) : null));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    PageTexts.text(BudgetPages.locale(), "merge.done"), null));
            external.redirect(external.getRequestContextPath() + BudgetComponent.path(merged.id()));
        } catch (Refusal refusal) {
            String field = FIELD_OF.get(refusal.code());
            if (field == null) {
                BudgetPages.refused(refusal);
            } else {
                errors.put(field, refusal.text().in(BudgetPages.locale()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long number(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.parseLong(value) : 0;
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 ? null : values[0];
    }

    public boolean chosen(long projectId) {
        return chosen.contains(projectId);
    }

    public long getComponent() { return component; }
    public void setComponent(long component) { this.component = component; }
    public String getEnvelope() { return envelope; }
    public void setEnvelope(String envelope) { this.envelope = envelope; }
    public List<String> getCategories() { return categories; }
    public Map<String, String> getErrors() { return errors; }
    /** The refusals in the summary, each linking to its field (whose id is the key). */
    public List<Map.Entry<String, String>> getErrorList() { return List.copyOf(errors.entrySet()); }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getCategory() { return category; }
    public String getCost() { return cost; }
    public boolean isConfirmed() { return confirmed; }
}
