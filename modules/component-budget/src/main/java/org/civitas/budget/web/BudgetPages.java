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
import java.util.Map;
import java.util.Locale;
import java.util.MissingResourceException;
import org.civitas.budget.BudgetComponent;
import org.civitas.budget.ProjectFiling;
import org.civitas.budget.Permissions;
import org.civitas.budget.Turnout;
import org.civitas.budget.Results;
import org.civitas.budget.Views;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Languages;
import org.civitas.spi.Refusal;
import org.civitas.spi.Territory;

/**
 * The budget's public pages: the projects of a budget, by envelope, and the results; and what every budget page
 * writes. Amounts and dates are written in the reader's language; envelopes by their names, never their codes.
 */
@Named("budgetPages")
@RequestScoped
public class BudgetPages {

    @Inject
    ProjectFiling filing;
    @Inject
    Territory territory;
    @Inject
    Permissions permissions;
    @Inject
    Turnout participation;
    @Inject
    Results counting;

    private long component;
    private String envelope;
    private Views.ProjectList list;
    private List<Views.EnvelopeResult> results;
    private Views.Turnout turnout;
    private List<Views.Spot> spots = List.of();
    private List<Territory.District> districts;
    /** Asked once per request: the page asks again at each rendering pass. */
    private Boolean publishable;

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
            // Before publication, whoever counts sees the provisional count, to check it and publish it.
            results = isPublishable() ? counting.count(viewer(), component) : counting.published(viewer(), component);
            turnout = participation.of(viewer(), component);
            spots = counting.winnerSpots(viewer(), component);
        } catch (Refusal refusal) {
            refused(refusal);
        }
    }

    /**
     * Whether the reader sees the provisional count and the publish form: whoever counts, before publication. Also
     * on the form's postback, before the form is decoded, when the view action has not run, so the budget comes
     * from the form's hidden field.
     */
    public boolean isPublishable() {
        if (publishable == null) {
            if (component == 0) {
                String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("component");
                component = id != null && id.matches("[1-9]\\d{0,17}") ? Long.parseLong(id) : 0;
            }
            publishable = component > 0 && !counting.isPublished(component) && permissions.may(viewer(), component, "results");
        }
        return publishable;
    }

    /** Publishes the count (the form's hidden field names the budget), then shows the published results. */
    public void publish() {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (!"yes".equals(form.get("confirm"))) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    text("results.publish.confirm-needed"), null));
            loadResults();
            return;
        }
        try {
            counting.publish(viewer(), component);
            publishable = false;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    text("results.published"), null));
        } catch (Refusal refusal) {
            refused(refusal);
        }
        loadResults();
    }

    /** Whether the reader may merge this budget's projects: the list then links to the merge screen. */
    public boolean isMayMerge() {
        return permissions.may(viewer(), component, "merge");
    }

    public String envelopeName(String code) {
        return envelopeName(getDistricts(), code);
    }

    /** An envelope by its name: the district's, or "the whole city". */
    static String envelopeName(List<Territory.District> districts, String code) {
        if (BudgetComponent.CITY.equals(code)) {
            return PageTexts.text(locale(), "envelope.city");
        }
        return districts.stream().filter(d -> d.code().equals(code)).map(Territory.District::name)
                .findFirst().orElse(code);
    }

    /**
     * The envelopes the reader may vote in now: their declared district's and the whole city's (Paris: one district
     * ballot of one's choice, declared in the profile, plus the city ballot); empty when the vote is not open to them.
     */
    public List<String> getVoteEnvelopes() {
        CitizenRef viewer = viewer();
        if (viewer == null || viewer.district() == null || !permissions.may(viewer, component, "vote")) {
            return List.of();
        }
        return List.of(viewer.district(), BudgetComponent.CITY);
    }

    /** Whether the reader studies projects (an agent of a directorate, or an administrator): the study table's link. */
    public boolean isStudies() {
        return permissions.may(viewer(), component, "study");
    }

    /** Everyone credited with a project, the filer first. */
    public String authors(Views.ProjectView project) {
        return String.join(", ", project.authors());
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

    /** A project's map point in the reader's language ("48,853 ; 2,3499" or "48.853, 2.3499"). */
    public String coordinates(Views.ProjectView project) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(6);
        boolean french = Locale.FRENCH.getLanguage().equals(locale().getLanguage());
        return format.format(project.latitude()) + (french ? " ; " : ", ") + format.format(project.longitude());
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

    /** A moment of a project's history: the date and the time of day, in Paris. */
    public String dateTime(java.time.Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale())
                .withZone(ZoneId.of("Europe/Paris")).format(at);
    }

    /** The label of a history event's kind; a kind recorded before its label shipped still reads as a step. */
    public String event(String kind) {
        try {
            return text("event." + kind);
        } catch (MissingResourceException unlabelled) {
            return text("event.other");
        }
    }

    /** A project's state in words: once studied and still filed, the city's opinion says more than "filed". */
    public String state(Views.ProjectView project) {
        if ("FILED".equals(project.status()) && project.study() != null) {
            return text(project.study().opinion() == org.civitas.budget.Study.Opinion.FAVOURABLE
                    ? "state.studied-favourably" : "state.studied-unfavourably");
        }
        return status(project.status());
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

    static CitizenRef viewer() {
        return CitizenPrincipal.of(FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal()).orElse(null);
    }

    /** The reason on the page, and a page about nothing answers 404 as the API does (search engines, links checkers). */
    static void refused(Refusal refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.text().in(locale()), null));
        if (refusal.kind() == Refusal.Kind.NOT_FOUND && !faces.getExternalContext().isResponseCommitted()) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }

    public long getComponent() { return component; }
    public void setComponent(long component) { this.component = component; }
    public String getEnvelope() { return envelope; }
    public void setEnvelope(String envelope) { this.envelope = envelope; }
    public Views.ProjectList getList() { return list; }
    public List<Views.EnvelopeResult> getResults() { return results; }
    public Views.Turnout getTurnout() { return turnout; }

    /** The winners that have a map point, as JSON for the results' map ({@code budget/budget.js}). */
    public String getWinnersMap() {
        jakarta.json.JsonArrayBuilder places = jakarta.json.Json.createArrayBuilder();
        spots.forEach(s -> places.add(jakarta.json.Json.createObjectBuilder().add("id", s.id()).add("title", s.title())
                .add("lat", s.latitude()).add("lon", s.longitude())));
        return places.build().toString();
    }

    /** A turnout table's rows: label and count, in the map's order. */
    public List<Map.Entry<String, Long>> rows(Map<String, Long> counts) {
        return List.copyOf(counts.entrySet());
    }

    /** A district of the voters by its name; "none" for voters who declared none. */
    public String voterDistrict(String code) {
        return "none".equals(code) ? text("turnout.no-district") : envelopeName(code);
    }

    public String ageBand(String band) {
        return text("turnout.age." + band);
    }
}
