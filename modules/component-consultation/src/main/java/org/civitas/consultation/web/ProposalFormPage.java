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
import org.civitas.consultation.ConsultationComponent;
import org.civitas.consultation.ConsultationDesk;
import org.civitas.consultation.ProposalFiling;
import org.civitas.consultation.ProposalInput;
import org.civitas.consultation.ProposalQuery;
import org.civitas.consultation.ProposalViews;
import org.civitas.consultation.Views;
import org.civitas.spi.Refusal;
import org.civitas.spi.TextInput;

/**
 * Proposing, or completing one's draft (a redirected idea's, say). The fields are plain HTML inputs read from the
 * request: what was typed comes back with the reason, shown at the field it concerns, which takes the focus.
 */
@Named("consultationPropose")
@RequestScoped
public class ProposalFormPage {

    @Inject
    ProposalFiling filing;
    @Inject
    ConsultationDesk desk;
    @Inject
    ProposalQuery query;

    private long consultation;
    /** The draft or proposal being edited; 0 for a new one. */
    private long id;
    /** {@code section-<id>}, {@code question-<id>}, or empty for the consultation as a whole. */
    private String about = "";
    private String title;
    private String body;
    private String address;
    private String latitude;
    private String longitude;
    private Views.ConsultationView subject;
    private List<ProposalQuery.QuestionChoice> questions = List.of();
    /** The field the refusal concerns ({@code title}, {@code body}, {@code about}, {@code place}), or null. */
    private String errorField;
    private String error;
    private boolean looked;
    private Boolean draftable;

    /** The view action: the consultation, and the draft to complete when {@code id} is given. */
    public void load() {
        looked = true;
        try {
            if (id > 0) {
                ProposalViews.ProposalPage page = filing.forEditing(Faces.viewer(), id);
                Views.ProposalView p = page.proposal();
                consultation = p.consultationId();
                title = p.title();
                body = org.civitas.consultation.RichText.plain(p.body());
                about = p.sectionId() != null ? "section-" + p.sectionId() : p.questionId() != null ? "question-" + p.questionId() : "";
                address = page.address();
                latitude = page.latitude() == null ? null : page.latitude().toString();
                longitude = page.longitude() == null ? null : page.longitude().toString();
            }
            subject();
        } catch (Refusal refusal) {
            Faces.refused(null, refusal);
        }
    }

    public void propose() {
        save(false);
    }

    public void saveDraft() {
        save(true);
    }

    private void save(boolean draft) {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        consultation = number(form.get("consultation"));
        id = number(form.get("id"));
        about = form.getOrDefault("about", "");
        title = form.get("title");
        body = form.get("body");
        address = form.get("address");
        latitude = form.get("latitude");
        longitude = form.get("longitude");
        try {
            subject();
            for (String[] field : new String[][] {{"title", title}, {"body", body}, {"place", address}}) {
                if (TextInput.check(field[1], "body".equals(field[0]), TextInput.MAX_TEXT).isPresent()) {
                    errorField = field[0];
                    error = PageTexts.text(Faces.locale(), "proposals.error.characters");
                    return;
                }
            }
            Long section = about.startsWith("section-") ? number(about.substring(8)) : null;
            Long question = about.startsWith("question-") ? number(about.substring(9)) : null;
            ProposalInput input = new ProposalInput(title, body, section, question, address, coordinate(latitude),
                    coordinate(longitude));
            Views.ProposalView saved = id > 0 ? filing.edit(Faces.viewer(), id, input, !draft)
                    : filing.propose(Faces.viewer(), consultation, input, draft);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    PageTexts.text(Faces.locale(), draft ? "proposals.saved" : "proposals.published"), null));
            external.redirect(external.getRequestContextPath() + ConsultationComponent.proposalPath(saved.id()));
        } catch (Refusal refusal) {
            errorField = field(refusal.code());
            error = refusal.text().in(Faces.locale());
            if (errorField == null) {
                Faces.refused(null, refusal);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The form's field a refusal is about, from its code. */
    static String field(String code) {
        String key = code == null ? "" : code.replaceFirst("^consultation\\.", "");
        return switch (key) {
            case "proposal.title" -> "title";
            case "proposal.body" -> "body";
            case "proposal.one-place", "proposal.section", "proposal.question" -> "about";
            default -> key.startsWith("proposal.address") || key.startsWith("proposal.point") ? "place" : null;
        };
    }

    private void subject() {
        if (subject == null && consultation > 0) {
            subject = desk.get(Faces.viewer(), consultation);
            questions = query.questions(Faces.viewer(), consultation);
        }
    }

    private static long number(String typed) {
        return typed != null && typed.matches("[1-9]\\d{0,17}") ? Long.parseLong(typed) : 0;
    }

    /** Null when blank; a French decimal comma is accepted; anything else is not a number, which the service refuses. */
    private static Double coordinate(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(typed.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }

    /**
     * Also on a postback, before the form is decoded: the form is rendered only when the consultation is known, and
     * view parameters would arrive too late, so its id is read from the form's hidden field.
     */
    public Views.ConsultationView getSubject() {
        if (subject == null && !looked) {
            looked = true;
            if (consultation == 0) {
                consultation = number(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                        .get("consultation"));
            }
            try {
                subject();
            } catch (Refusal refusal) {
                Faces.refused(null, refusal);
            }
        }
        return subject;
    }

    /** Whether the form offers to keep a draft: for a new proposal, or one that is still a draft. */
    public boolean isDraftable() {
        if (draftable == null) {
            try {
                draftable = id == 0 || "draft".equals(filing.get(Faces.viewer(), id).status());
            } catch (Refusal gone) {
                draftable = false;
            }
        }
        return draftable;
    }

    public List<ProposalQuery.QuestionChoice> getQuestions() { return questions; }
    public long getConsultation() { return consultation; }
    public void setConsultation(long consultation) { this.consultation = consultation; }
    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public void setSection(Long section) { if (section != null) { about = "section-" + section; } }
    public Long getSection() { return null; }
    public void setQuestion(Long question) { if (question != null) { about = "question-" + question; } }
    public Long getQuestion() { return null; }
    public String getAbout() { return about; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public String getAddress() { return address; }
    public String getLatitude() { return latitude; }
    public String getLongitude() { return longitude; }
    public String getErrorField() { return errorField; }
    public String getError() { return error; }
}
