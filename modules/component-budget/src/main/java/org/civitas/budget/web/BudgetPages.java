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
    private List<Territory.District> districts;

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
        return envelopeName(getDistricts(), code);
    }

    /** An envelope by its name: the district's, or "the whole city". */
    static String envelopeName(Territory territory, String code) {
        return envelopeName(territory.districts(), code);
    }

    private static String envelopeName(List<Territory.District> districts, String code) {
        if (BudgetComponent.CITY.equals(code)) {
            return PageTexts.text(locale(), "envelope.city");
        }
        return districts.stream().filter(d -> d.code().equals(code)).map(Territory.District::name)
                .findFirst().orElse(code);
    }

    /** Whether the reader studies projects (an agent of a directorate, or an administrator): the study table's link. */
    public boolean isStudies() {
        CitizenRef viewer = viewer();
        return viewer != null && (viewer.has(org.civitas.spi.Role.AGENT) || viewer.has(org.civitas.spi.Role.ADMINISTRATOR));
    }

    /** Read once per request: the list names the envelope of each of its 50 projects, each a query otherwise. */
    public List<Territory.District> getDistricts() {
        if (districts == null) {
            districts = territory.districts();
        }
        return districts;
    }

    public String euros(long amount) {
        return eurosFor(amount);
    }

    static String eurosFor(long amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.FRANCE.getLanguage().equals(locale().getLanguage())
                ? Locale.FRANCE : Locale.UK);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    public String date(java.time.Instant at) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).withZone(ZoneId.of("Europe/Paris"))
                .format(at);
    }

    public String status(String status) {
        return text("status." + status);
    }

    /** The reader's language code, for scripts that format amounts. */
    public String getLanguage() {
        return locale().getLanguage();
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
