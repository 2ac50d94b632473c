package org.civitas.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civitas.consultation.AmendmentDesk;
import org.civitas.consultation.AmendmentInput;
import org.civitas.consultation.AmendmentRecords;
import org.civitas.consultation.AmendmentViews;
import org.civitas.consultation.ConsultationDesk;
import org.civitas.consultation.ProposalFiling;
import org.civitas.consultation.RichText;
import org.civitas.consultation.Views;
import org.civitas.spi.Refusal;

/**
 * The amendment form: new words for a section ({@code consultation} and {@code section}), a proposal
 * ({@code proposal}), or an amendment of one's own written again on the current version ({@code rebase}). It opens
 * with the words to change, as plain text; a refusal is shown at its field and in a summary that takes the focus.
 * Fields are plain inputs read from the request, and the subject comes back in hidden fields on a postback.
 */
@Named("consultationAmend")
@RequestScoped
public class AmendPage {

    /** Which field a refusal concerns; any other refusal is said at the top of the page. */
    private static final Map<String, String> FIELD_OF = Map.of("consultation.amendment.title", "title",
            "consultation.amendment.body", "body", "consultation.amendment.unchanged", "body",
            "consultation.amendment.invalid", "title", "consultation.amendment.explanation", "explanation",
            "consultation.section.title", "title");

    @Inject
    AmendmentDesk desk;
    @Inject
    ConsultationDesk consultations;
    @Inject
    ProposalFiling proposals;

    private long consultation;
    private long section;
    private long proposal;
    private long rebase;
    private boolean loaded;
    /** Whether a section is amended: its title may be as short as a section's. */
    private boolean onSection;
    /** What is amended: its title and its words now, shown above the form. */
    private String target;
    private String currentHtml;
    private String title;
    private String body;
    private String explanation;
    private final Map<String, String> errors = new LinkedHashMap<>();

    /** The view action, and on a postback before the form is rendered: the subject from the hidden fields. */
    public void load() {
        subject();
    }

    private boolean subject() {
        if (loaded) {
            return target != null;
        }
        loaded = true;
        Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        consultation = consultation > 0 ? consultation : number(request.get("consultation"));
        section = section > 0 ? section : number(request.get("section"));
        proposal = proposal > 0 ? proposal : number(request.get("proposal"));
        rebase = rebase > 0 ? rebase : number(request.get("rebase"));
        try {
            if (rebase > 0) {
                AmendmentViews.AmendmentView own = desk.get(Faces.viewer(), rebase);
                target = own.target();
                onSection = own.sectionId() != null;
                currentHtml = current(own);
                prefill(own.title(), own.body(), own.explanation());
            } else if (proposal > 0) {
                Views.ProposalView p = proposals.get(Faces.viewer(), proposal);
                target = p.title();
                currentHtml = RichText.html(p.body());
                prefill(p.title(), p.body(), null);
            } else if (consultation > 0 && section > 0) {
                Views.SectionView s = consultations.get(Faces.viewer(), consultation).sections().stream()
                        .filter(x -> x.id() == section).findFirst().orElse(null);
                if (s == null) {
                    Faces.refused(null, new Refusal(Refusal.Kind.NOT_FOUND, "consultation.amendment.section-not-found",
                            PageTexts.localized("amend.section.missing")));
                    return false;
                }
                target = s.title();
                onSection = true;
                currentHtml = RichText.html(s.body());
                prefill(s.title(), s.body(), null);
            } else {
                Faces.refused(null, new Refusal(Refusal.Kind.NOT_FOUND, "consultation.amendment.not-found",
                        PageTexts.localized("amend.nothing")));
            }
        } catch (Refusal refusal) {
            Faces.refused(null, refusal);
        }
        return target != null;
    }

    /** The current words of what the amendment to rewrite amends. */
    private String current(AmendmentViews.AmendmentView own) {
        if (own.proposalId() != null) {
            return RichText.html(proposals.get(Faces.viewer(), own.proposalId()).body());
        }
        return consultations.get(Faces.viewer(), own.consultationId()).sections().stream()
                .filter(x -> x.id() == own.sectionId()).map(x -> RichText.html(x.body())).findFirst().orElse("");
    }

    private void prefill(String words, String html, String why) {
        if (title == null) {
            title = words;
            body = RichText.plain(html).replace("\n", "\n\n");
            explanation = why;
        }
    }

    /** Saves the words as a draft its author alone reads. */
    public void saveDraft() {
        write(true);
    }

    /** Submits the words for evaluation. */
    public void submit() {
        write(false);
    }

    private void write(boolean draft) {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        title = form.get("title");
        body = form.get("body");
        explanation = form.get("explanation");
        if (!subject()) {
            return;
        }
        AmendmentInput input = new AmendmentInput(title, body, explanation);
        try {
            AmendmentViews.AmendmentView written;
            if (rebase > 0) {
                written = desk.rebase(Faces.viewer(), rebase, input);
            } else if (proposal > 0) {
                written = desk.amendProposal(Faces.viewer(), proposal, input, draft);
            } else {
                written = desk.amendSection(Faces.viewer(), consultation, section, input, draft);
            }
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + AmendmentRecords.path(written.id()));
        } catch (Refusal refusal) {
            String field = FIELD_OF.get(refusal.code());
            if (field == null) {
                Faces.refused(null, refusal);
            } else {
                errors.put(field, refusal.text().in(Faces.locale()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long number(String value) {
        return value != null && value.matches("\\d{1,18}") ? Long.parseLong(value) : 0;
    }

    public boolean isReady() { return subject(); }
    public int getTitleMin() { return AmendmentDesk.titleMin(onSection); }
    public long getConsultation() { return consultation; }
    public void setConsultation(long consultation) { this.consultation = consultation; }
    public long getSection() { return section; }
    public void setSection(long section) { this.section = section; }
    public long getProposal() { return proposal; }
    public void setProposal(long proposal) { this.proposal = proposal; }
    public long getRebase() { return rebase; }
    public void setRebase(long rebase) { this.rebase = rebase; }
    public String getTarget() { return target; }
    public String getCurrentHtml() { return currentHtml; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public String getExplanation() { return explanation; }
    public Map<String, String> getErrors() { return errors; }
    /** The refusals in the summary, each linking to its field (whose id is the key). */
    public List<Map.Entry<String, String>> getErrorList() { return List.copyOf(errors.entrySet()); }
}
