package org.civitas.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.civitas.consultation.AmendmentDesk;
import org.civitas.consultation.AmendmentViews;
import org.civitas.consultation.ConsultationComponent;
import org.civitas.consultation.ConsultationDesk;
import org.civitas.consultation.Views;
import org.civitas.spi.Refusal;

/**
 * The amendments to a consultation's text, as the directorate evaluates them: filtered by state and section, each
 * with its state in words. Everyone else sees the same list, reduced to what they may read.
 */
@Named("consultationAmendments")
@RequestScoped
public class AmendmentsPage {

    /** The states one may filter by, in the order of an amendment's life. */
    private static final List<String> STATES = List.of("evaluating", "draft", "accepted", "rejected", "outdated", "withdrawn");

    @Inject
    AmendmentDesk desk;
    @Inject
    ConsultationDesk consultations;

    private long consultation;
    private String state;
    private Long section;
    private Views.ConsultationView read;
    private List<AmendmentViews.AmendmentItem> amendments;

    public void load() {
        try {
            read = consultations.get(Faces.viewer(), consultation);
            // No state, or the "all" filter's empty one, lists every state (List.of refuses to look for null).
            amendments = desk.ofText(Faces.viewer(), consultation, section, state != null && STATES.contains(state) ? state : null);
        } catch (Refusal refusal) {
            Faces.refused(null, refusal);
        }
    }

    public String stateName(String code) {
        return PageTexts.text(Faces.locale(), "amendment.state." + code);
    }

    public String consultationPath() {
        return ConsultationComponent.path(consultation);
    }

    public List<String> getStates() { return STATES; }
    public long getConsultation() { return consultation; }
    public void setConsultation(long consultation) { this.consultation = consultation; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public Long getSection() { return section; }
    public void setSection(Long section) { this.section = section; }
    public Views.ConsultationView getRead() { return read; }
    public List<AmendmentViews.AmendmentItem> getAmendments() { return amendments; }
}
