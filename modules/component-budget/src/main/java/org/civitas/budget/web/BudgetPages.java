package org.civitas.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.civitas.budget.BudgetComponent;
import org.civitas.budget.ProjectFiling;
import org.civitas.budget.Results;
import org.civitas.budget.Views;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Languages;
import org.civitas.spi.Refusal;
import org.civitas.spi.Territory;

/**
 * The budget's public pages: the projects of a budget, by envelope, and a project's page. Amounts and dates
 * are written in the reader's language; envelopes by their names, never their codes.
 */
@Named("budgetPages")
@RequestScoped
public class BudgetPages {

    @Inject
    ProjectFiling filing;
    @Inject
    Territory territory;
    @Inject
    Results counting;

    private long component;
    private long id;
    private String envelope;
    private Views.ProjectList list;
    private Views.ProjectView project;
    private List<Views.EnvelopeResult> results;

    /** The list page's view action. */
    public void loadList() {
        try {
            list = filing.list(viewer(), component, envelope, 0);
        } catch (Refusal refusal) {
            refused(refusal);
        }
    }

    /** The results page's view action. */
    public void loadResults() {
        try {
            results = counting.published(viewer(), component);
        } catch (Refusal refusal) {
            refused(refusal);
        }
    }

    /** The project page's view action. */
    public void loadProject() {
        try {
            project = filing.get(viewer(), id);
        } catch (Refusal refusal) {
            refused(refusal);
        }
    }

    public String envelopeName(String code) {
        if (BudgetComponent.CITY.equals(code)) {
            return text("envelope.city");
        }
        return territory.districts().stream().filter(d -> d.code().equals(code)).map(Territory.District::name)
                .findFirst().orElse(code);
    }

    public List<Territory.District> getDistricts() {
        return territory.districts();
    }

    public String euros(long amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.FRANCE.getLanguage().equals(locale().getLanguage())
                ? Locale.FRANCE : Locale.UK);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    /** A count in the reader's language (11 039, 11,039). */
    public String number(long count) {
        return NumberFormat.getIntegerInstance(locale()).format(count);
    }

    /** A bar's length beside a project's votes: its share of the envelope's most voted project, as an SVG length. */
    public String bar(long votes, Views.EnvelopeResult result) {
        long most = result.counts().stream().mapToLong(Views.Count::votes).max().orElse(0);
        return most == 0 ? "0" : String.format(Locale.ROOT, "%.1f%%", 100.0 * votes / most);
    }

    /** The winner rule in words. */
    public String rule(String code) {
        return text("rule." + code);
    }

    /** The sentence that presents the other rule's outcome as a comparison, never as the result. */
    public String comparison(Views.EnvelopeResult result) {
        return PageTexts.text(locale(), "results.comparison.note", rule(result.rule()), rule(result.comparison().rule()),
                euros(result.comparison().spent()));
    }

    /** The titles of {@code projects}, in the order given, from the envelope's count. */
    public List<String> titles(List<Long> projects, Views.EnvelopeResult result) {
        return projects.stream().map(id -> result.counts().stream().filter(c -> c.project() == id)
                .map(Views.Count::title).findFirst().orElse("")).toList();
    }

    public String date(java.time.Instant at) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).withZone(ZoneId.of("Europe/Paris"))
                .format(at);
    }

    public String status(String status) {
        return text("status." + status);
    }

    public String text(String key) {
        return PageTexts.text(locale(), key);
    }

    static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot() == null ? null : context.getViewRoot().getLocale();
        return Languages.of(locale == null ? List.of() : List.of(locale));
    }

    private static CitizenRef viewer() {
        return CitizenPrincipal.of(FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal()).orElse(null);
    }

    private static void refused(Refusal refusal) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.text().in(locale()), null));
    }

    public long getComponent() { return component; }
    public void setComponent(long component) { this.component = component; }
    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getEnvelope() { return envelope; }
    public void setEnvelope(String envelope) { this.envelope = envelope; }
    public Views.ProjectList getList() { return list; }
    public Views.ProjectView getProject() { return project; }
    public List<Views.EnvelopeResult> getResults() { return results; }
}
