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
import java.util.List;
import java.util.Map;
import org.civitas.budget.Views;
import org.civitas.budget.Voting;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;

/**
 * Voting in one envelope: the projects on the ballot as checkboxes, the rule in words, and the receipt once cast.
 * The choices are plain inputs read from the request; the service checks the rule again, whatever the page sent.
 */
@Named("budgetBallot")
@RequestScoped
public class BallotPage {

    @Inject
    Voting voting;

    private long component;
    private String envelope;
    private Views.BallotPaper paper;
    private boolean looked;

    /** The view action. */
    public void load() {
        paper();
    }

    public void cast() {
        submit(false);
    }

    /** The voter changes a ballot already cast; the service says whether the budget still allows it. */
    public void change() {
        submit(true);
    }

    private void submit(boolean change) {
        Map<String, String[]> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        component = number(first(form.get("component")));
        envelope = first(form.get("envelope"));
        List<Long> chosen = form.get("project") == null ? List.of() : Arrays.stream(form.get("project"))
                .filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).toList();
        try {
            Views.Receipt receipt = change ? voting.change(viewer(), component, envelope, chosen)
                    : voting.cast(viewer(), component, envelope, chosen);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            message(FacesMessage.SEVERITY_INFO, PageTexts.text(BudgetPages.locale(), change ? "ballot.changed" : "ballot.cast")
                    + " " + receipt.receipt());
            external.redirect(external.getRequestContextPath() + "/components/budget/ballot.xhtml?component=" + component
                    + "&envelope=" + envelope);
        } catch (Refusal refusal) {
            message(FacesMessage.SEVERITY_ERROR, refusal.text().in(BudgetPages.locale()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Also on a postback, before the form is decoded: the form is rendered only when the ballot is known, and
     * view parameters would arrive too late, so its budget and envelope are read from the hidden fields.
     */
    public Views.BallotPaper getPaper() {
        return paper();
    }

    private Views.BallotPaper paper() {
        if (!looked) {
            looked = true;
            Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            long id = component > 0 ? component : number(request.get("component"));
            String where = envelope != null ? envelope : request.get("envelope");
            try {
                paper = voting.paper(viewer(), id, where);
            } catch (Refusal refusal) {
                message(FacesMessage.SEVERITY_ERROR, refusal.text().in(BudgetPages.locale()));
            }
        }
        return paper;
    }

    /** Whether the voter's current ballot holds this project, to tick it on the change form. */
    public boolean chosen(long project) {
        Views.BallotPaper p = paper();
        return p != null && p.receipt() != null && p.receipt().projects().contains(project);
    }

    /** What a project costs on the ballot: the city's estimate once studied, else its author's. */
    public long cost(Views.ProjectView project) {
        return project.study() != null && project.study().cityCost() != null ? project.study().cityCost() : project.cost();
    }

    private static long number(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.parseLong(value) : 0;
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 ? null : values[0];
    }

    private static CitizenRef viewer() {
        return CitizenPrincipal.of(FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal()).orElse(null);
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public long getComponent() { return component; }
    public void setComponent(long component) { this.component = component; }
    public String getEnvelope() { return envelope; }
    public void setEnvelope(String envelope) { this.envelope = envelope; }
}
