package org.civitas.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civitas.consultation.Choices;
import org.civitas.consultation.ConsultationDesk;
import org.civitas.consultation.Documents;
import org.civitas.consultation.QuestionDesk;
import org.civitas.consultation.RichText;
import org.civitas.consultation.TextReading;
import org.civitas.consultation.TextViews;
import org.civitas.consultation.Views;
import org.civitas.spi.Refusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A consultation's page: its context, documents, the current text (an anchor per section, with links to propose and
 * amend under it), its questions with the closed ones' form and results, and its versions. Loaded once per request,
 * from the view parameter or, on the choices form's postback, from its hidden field.
 */
@Named("consultationPage")
@RequestScoped
public class ConsultationPage {

    @Inject
    ConsultationDesk desk;
    @Inject
    TextReading reading;
    @Inject
    QuestionDesk questionDesk;
    @Inject
    Choices choices;
    @Inject
    Documents documentShelf;
    @Inject
    @ConfigProperty(name = "civitas.time-zone", defaultValue = "Europe/Paris")
    String timeZone;

    private long id;
    private boolean loaded;
    private Views.ConsultationView consultation;
    private List<TextViews.DocumentView> documents = List.of();
    private List<TextViews.QuestionView> questions = List.of();
    private List<Views.VersionView> versions = List.of();
    /** Per closed question's id, why its answer was refused. */
    private final Map<Long, String> errors = new HashMap<>();

    /** The view action: a missing or hidden consultation is a 404 with its reason. */
    public void load() {
        getConsultation();
    }

    public Views.ConsultationView getConsultation() {
        if (!loaded) {
            loaded = true;
            long posted = Pages.posted(id, "id");
            try {
                consultation = desk.get(Faces.viewer(), posted);
                documents = documentShelf.list(Faces.viewer(), posted);
                questions = questionDesk.list(Faces.viewer(), posted);
                versions = reading.versions(Faces.viewer(), posted).stream().filter(v -> v.publishedAt() != null).toList();
                id = posted;
            } catch (Refusal refusal) {
                Faces.refused(null, refusal);
            }
        }
        return consultation;
    }

    /** Saves the answers picked in the closed questions' form (each one changed), then shows the results. */
    public void choose() {
        if (getConsultation() == null) {
            return;
        }
        int saved = 0;
        for (TextViews.QuestionView q : questions) {
            String picked = Pages.param("option-" + q.id());
            if (!"closed".equals(q.kind()) || picked == null) {
                continue;
            }
            Integer index = picked.matches("\\d{1,2}") ? Integer.valueOf(picked) : -1;
            if (index.equals(q.mine())) {
                continue;
            }
            try {
                choices.choose(Faces.viewer(), q.id(), index);
                saved++;
            } catch (Refusal refusal) {
                errors.put(q.id(), refusal.text().in(Faces.locale()));
            }
        }
        if (errors.isEmpty()) {
            Pages.done(saved == 0 ? "choice.unchanged" : "choice.saved");
            Pages.redirect("consultation.xhtml?id=" + id + "#questions");
        }
    }

    /** The section's words, sanitised again for writing unescaped. */
    public String html(String stored) {
        return RichText.html(stored);
    }

    public LocalDate getOpensOn() {
        return Pages.opensOn(consultation, ZoneId.of(timeZone));
    }

    public LocalDate getClosesOn() {
        return Pages.closesOn(consultation, ZoneId.of(timeZone));
    }

    public String getState() {
        return Pages.state(consultation);
    }

    /** Whether citizens may answer now: the form is shown only then. */
    public boolean isOpen() {
        return getConsultation() != null && "open".equals(consultation.state());
    }

    public boolean isHasClosedQuestions() {
        getConsultation();
        return questions.stream().anyMatch(q -> "closed".equals(q.kind()));
    }

    /** An option's share of the answers, in whole percent, for the results' bars. */
    public long percent(TextViews.QuestionView q, TextViews.OptionResult option) {
        return q.total() == 0 ? 0 : Math.round(100.0 * option.count() / q.total());
    }

    /** The error under a question's answers, for its fieldset's {@code aria-describedby}; none without one. */
    public String describedBy(long questionId) {
        return errors.containsKey(questionId) ? "question-" + questionId + "-error" : null;
    }

    /** A document's size in kilobytes, at least 1. */
    public long kilobytes(TextViews.DocumentView document) {
        return Math.max(1, document.sizeBytes() / 1024);
    }

    public String error(long questionId) {
        return errors.get(questionId);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public List<TextViews.DocumentView> getDocuments() {
        return documents;
    }

    public List<TextViews.QuestionView> getQuestions() {
        return questions;
    }

    public List<Views.VersionView> getVersions() {
        return versions;
    }
}
