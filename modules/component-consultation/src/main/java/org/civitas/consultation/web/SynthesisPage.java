package org.civitas.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civitas.consultation.ClosingViews;
import org.civitas.consultation.ConsultationComponent;
import org.civitas.consultation.Decision;
import org.civitas.consultation.Figures;
import org.civitas.consultation.Synthesis;
import org.civitas.spi.Refusal;
import org.civitas.spi.Territory;

/**
 * The published outcome of a consultation ({@code synthesis.xhtml?id=}): the synthesis, its figures as tables, the
 * decision with the adopted version and the contributions it credits, and the open-data files. Its directorate
 * writes the synthesis and the decision here once the consultation is closed.
 */
@Named("consultationSynthesis")
@RequestScoped
public class SynthesisPage {

    /** The kinds of the open-data export, one CSV each. */
    public static final List<String> EXPORTS = List.of("proposals", "votes", "arguments", "comments", "amendments", "answers");

    @Inject
    Synthesis synthesis;
    @Inject
    Decision decision;
    @Inject
    Territory territory;

    private long id;
    private ClosingViews.ClosingView view;
    private Map<String, String> districtNames;
    private String synthesisError;
    private String decisionError;

    public void load() {
        if (view != null) {
            return;
        }
        try {
            view = synthesis.get(Faces.viewer(), posted());
        } catch (Refusal refusal) {
            Faces.refused(null, refusal);
        }
    }

    public void publishSynthesis() {
        try {
            synthesis.publish(Faces.viewer(), posted(), new ClosingViews.SynthesisForm(param("synthesis-text")));
            done("closing.synthesis.published");
        } catch (Refusal refusal) {
            synthesisError = refusal.text().in(Faces.locale());
        }
    }

    public void decide() {
        String version = param("adopted-version");
        try {
            decision.decide(Faces.viewer(), posted(), new ClosingViews.DecisionForm(
                    version != null && version.matches("\\d{1,9}") ? Integer.valueOf(version) : null, param("decision-text")));
            done("closing.decision.published");
        } catch (Refusal refusal) {
            decisionError = refusal.text().in(Faces.locale());
        }
    }

    /** A district's name, or "not given" for contributions without one. */
    public String district(String code) {
        if (code == null) {
            return PageTexts.text(Faces.locale(), "closing.figures.not-given");
        }
        if (Figures.OTHERS.equals(code)) {
            return PageTexts.text(Faces.locale(), "closing.figures.other-districts");
        }
        if (districtNames == null) {
            districtNames = territory.districts().stream().collect(Collectors.toMap(Territory.District::code,
                    Territory.District::name, (a, b) -> a));
        }
        return districtNames.getOrDefault(code, code);
    }

    /** An age band as people read it ("25 à 34 ans"), or "not given". */
    public String ageBand(String band) {
        if (band == null) {
            return PageTexts.text(Faces.locale(), "closing.figures.not-given");
        }
        if (Figures.OTHERS.equals(band)) {
            return PageTexts.text(Faces.locale(), "closing.figures.other-bands");
        }
        return band.endsWith("+") ? PageTexts.text(Faces.locale(), "closing.figures.band-from", band.replace("+", ""))
                : PageTexts.text(Faces.locale(), "closing.figures.band", band.substring(0, band.indexOf('-')),
                band.substring(band.indexOf('-') + 1));
    }

    /** What a breakdown shows for a count too small to publish: "moins de 5". */
    public String getFewer() {
        return PageTexts.text(Faces.locale(), "closing.figures.fewer", Figures.SMALL);
    }

    /** Why some counts read "fewer than 5". */
    public String getSmallNote() {
        return PageTexts.text(Faces.locale(), "closing.figures.small", Figures.SMALL);
    }

    public List<String> getMainMeasures() {
        return Figures.MAIN;
    }

    public List<String> getDetailMeasures() {
        return List.of("votes.agree", "votes.mixed", "votes.disagree", "amendments.evaluating", "amendments.accepted",
                "amendments.rejected", "amendments.withdrawn", "amendments.outdated");
    }

    public List<String> getAnswerMeasures() {
        return List.of("answers.accepted", "answers.rejected", "answers.considered", "answers.unanswered");
    }

    public List<String> getExports() {
        return EXPORTS;
    }

    /**
     * The open-data files are offered once the consultation is closed: the links go to the public API, which does not
     * know the portal's session, so before closing they would refuse even the directorate.
     */
    public boolean isExportable() {
        load();
        return view != null && "closed".equals(view.state());
    }

    public boolean isWritable() {
        load();
        return view != null && view.mayWrite() && "closed".equals(view.state());
    }

    public String proposalPath(long proposal) {
        return ConsultationComponent.proposalPath(proposal);
    }

    private void done(String key) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, PageTexts.text(Faces.locale(), key), null));
        try {
            external.redirect(external.getRequestContextPath() + "/components/consultation/synthesis.xhtml?id=" + posted());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    private long posted() {
        if (id > 0) {
            return id;
        }
        String posted = param("id");
        return posted != null && posted.matches("\\d{1,18}") ? Long.parseLong(posted) : 0;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ClosingViews.ClosingView getView() {
        load();
        return view;
    }

    public String getSynthesisError() {
        return synthesisError;
    }

    public String getDecisionError() {
        return decisionError;
    }
}
