package org.civitas.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civitas.consultation.ConsultationDesk;
import org.civitas.consultation.ConsultationInput;
import org.civitas.consultation.Documents;
import org.civitas.consultation.MarkdownImport;
import org.civitas.consultation.QuestionDesk;
import org.civitas.consultation.QuestionInput;
import org.civitas.consultation.RichText;
import org.civitas.consultation.SectionInput;
import org.civitas.consultation.TextReading;
import org.civitas.consultation.TextViews;
import org.civitas.consultation.Views;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Refusal;
import org.civitas.spi.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The directorate's desk: opens and describes a consultation, writes the draft of its text's next version (sections
 * added, edited, moved, removed, or imported from Markdown), its questions and documents, publishes the version with
 * a changelog, and the consultation. Fields are plain inputs read from the request, each form's subject from its
 * hidden field; a refusal is shown next to the field it is about, and after each action the page comes back to the
 * part acted on.
 */
@Named("consultationDesk")
@RequestScoped
public class DeskPage {

    @Inject
    ConsultationDesk desk;
    @Inject
    TextReading reading;
    @Inject
    QuestionDesk questionDesk;
    @Inject
    Documents documentShelf;
    @Inject
    @ConfigProperty(name = "civitas.time-zone", defaultValue = "Europe/Paris")
    String timeZone;

    private long component;
    private long id;
    /** The section or question being edited (from the link), 0 for a new one. */
    private long section;
    private long question;
    private Boolean allowed;
    private Views.ConsultationView consultation;
    private TextViews.VersionText draft;
    private List<TextViews.QuestionView> questions = List.of();
    private List<TextViews.DocumentView> documents = List.of();
    /** What the forms show: what was typed (after a refusal) or what is stored. */
    private final Map<String, String> values = new HashMap<>();
    /** Per field id, why what was typed was refused. */
    private final Map<String, String> errors = new HashMap<>();

    /** The view action. */
    public void load() {
        isAllowed();
    }

    /**
     * Whether the desk is shown: to an agent who may open consultations in the instance (a new one), or to the
     * consultation's directorate. Also on postbacks, before the forms are decoded, from the posted ids.
     */
    public boolean isAllowed() {
        if (allowed == null) {
            allowed = false;
            id = Pages.posted(id, "id");
            component = Pages.posted(component, "component");
            try {
                if (id > 0) {
                    consultation = desk.get(Faces.viewer(), id);
                    if (!consultation.mine()) {
                        throw new Refusal(Refusal.Kind.FORBIDDEN, "consultation.other-directorate",
                                new LocalizedText(PageTexts.text(Locale.FRENCH, "desk.not-yours", consultation.directorate()),
                                        PageTexts.text(Locale.ENGLISH, "desk.not-yours", consultation.directorate())));
                    }
                    component = consultation.componentId();
                    draft = textBeingWritten();
                    questions = questionDesk.list(Faces.viewer(), id);
                    documents = documentShelf.list(Faces.viewer(), id);
                    fill();
                } else {
                    desk.authorise(Faces.viewer(), component);
                }
                allowed = true;
            } catch (Refusal refusal) {
                Faces.refused(null, refusal);
            }
        }
        return allowed;
    }

    // The consultation: opened, described, published.

    public void save() {
        ConsultationInput input = new ConsultationInput(Pages.param("directorate"), Pages.param("title"),
                Pages.param("context"), day("opens-on"), day("closes-on"));
        keep("title", "context", "opens-on", "closes-on", "directorate");
        try {
            Views.ConsultationView saved = id > 0 ? desk.describe(Faces.viewer(), id, input)
                    : desk.open(Faces.viewer(), component, input);
            Pages.done(id > 0 ? "desk.described" : "desk.opened");
            Pages.redirect("desk.xhtml?id=" + saved.id() + "#description");
        } catch (Refusal refusal) {
            fail(refusal, Map.of("consultation.title", "title", "consultation.context", "context",
                    "consultation.dates", "opens-on", "consultation.directorate", "directorate"));
        }
    }

    public void publish() {
        try {
            desk.publish(Faces.viewer(), id);
            Pages.done("desk.published");
            Pages.redirect("consultation.xhtml?id=" + id);
        } catch (Refusal refusal) {
            fail(refusal, Map.of("consultation.no-text", "publish"));
        }
    }

    // The draft text.

    public void saveSection() {
        long editing = Pages.posted(0, "section");
        keep("section-title", "section-body");
        SectionInput input = new SectionInput(Pages.param("section-title"), Pages.param("section-body"));
        try {
            if (editing > 0) {
                desk.editSection(Faces.viewer(), id, editing, input);
            } else {
                desk.addSection(Faces.viewer(), id, input);
            }
            Pages.done(editing > 0 ? "desk.section-saved" : "desk.section-added");
            Pages.redirect("desk.xhtml?id=" + id + "#sections");
        } catch (Refusal refusal) {
            section = editing;
            fail(refusal, Map.of("section.title", "section-title", "section.body", "section-body",
                    "section.unknown", "section-title"));
        }
    }

    public void moveSectionUp() {
        arrangeSection("up");
    }

    public void moveSectionDown() {
        arrangeSection("down");
    }

    public void removeSection() {
        arrangeSection("remove");
    }

    private void arrangeSection(String how) {
        long picked = Pages.posted(0, "section-pick");
        try {
            switch (how) {
                case "up", "down" -> desk.moveSection(Faces.viewer(), id, picked, how);
                default -> desk.removeSection(Faces.viewer(), id, picked);
            }
            Pages.done(how.equals("remove") ? "desk.section-removed" : "desk.section-moved");
            Pages.redirect("desk.xhtml?id=" + id + "#sections");
        } catch (Refusal refusal) {
            fail(refusal, Map.of("section.unknown", "section-pick"));
        }
    }

    public void importMarkdown() {
        keep("markdown");
        try {
            Part file = part("markdown-file");
            String markdown = file != null ? MarkdownImport.read(file.getInputStream()) : Pages.param("markdown");
            List<Views.SectionView> sections = desk.importMarkdown(Faces.viewer(), id, markdown,
                    "on".equals(Pages.param("replace")), Faces.locale());
            Pages.done("desk.imported", sections.size());
            Pages.redirect("desk.xhtml?id=" + id + "#sections");
        } catch (Refusal refusal) {
            fail(refusal, Map.of());
            if (refusal.kind() == Refusal.Kind.BAD_INPUT && !errors.containsKey("markdown")) {
                errors.put("markdown", refusal.text().in(Faces.locale()));
                FacesContext.getCurrentInstance().getMessageList().clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void publishVersion() {
        keep("changelog");
        try {
            Views.VersionView version = desk.publishVersion(Faces.viewer(), id, Pages.param("changelog"));
            Pages.done("desk.version-published", version.number());
            Pages.redirect("desk.xhtml?id=" + id + "#publication");
        } catch (Refusal refusal) {
            fail(refusal, Map.of("version.changelog", "changelog", "version.empty", "changelog", "version.no-draft", "changelog"));
        }
    }

    // Questions.

    public void saveQuestion() {
        long editing = Pages.posted(0, "question");
        keep("question-kind", "question-text", "question-options");
        String options = Pages.param("question-options");
        QuestionInput input = new QuestionInput(Pages.param("question-kind"), Pages.param("question-text"),
                options == null ? List.of() : Arrays.asList(options.split("\\R")));
        try {
            if (editing > 0) {
                questionDesk.edit(Faces.viewer(), editing, input);
            } else {
                questionDesk.add(Faces.viewer(), id, input);
            }
            Pages.done(editing > 0 ? "desk.question-saved" : "desk.question-added");
            Pages.redirect("desk.xhtml?id=" + id + "#questions");
        } catch (Refusal refusal) {
            question = editing;
            fail(refusal, Map.of("question.kind", "question-kind", "question.text", "question-text",
                    "question.options", "question-options", "question.option", "question-options",
                    "question.option-twice", "question-options", "question.locked", "question-options"));
        }
    }

    public void moveQuestionUp() {
        arrangeQuestion("up");
    }

    public void moveQuestionDown() {
        arrangeQuestion("down");
    }

    public void removeQuestion() {
        arrangeQuestion("remove");
    }

    private void arrangeQuestion(String how) {
        long picked = Pages.posted(0, "question-pick");
        try {
            if (questions.stream().noneMatch(q -> q.id() == picked)) {
                throw new Refusal(Refusal.Kind.BAD_INPUT, "consultation.question.not-found", new LocalizedText(
                        PageTexts.text(Locale.FRENCH, "desk.pick"), PageTexts.text(Locale.ENGLISH, "desk.pick")));
            }
            switch (how) {
                case "up", "down" -> questionDesk.move(Faces.viewer(), picked, how);
                default -> questionDesk.remove(Faces.viewer(), picked);
            }
            Pages.done(how.equals("remove") ? "desk.question-removed" : "desk.question-moved");
            Pages.redirect("desk.xhtml?id=" + id + "#questions");
        } catch (Refusal refusal) {
            fail(refusal, Map.of("consultation.question.not-found", "question-pick", "question.locked", "question-pick"));
        }
    }

    // Documents.

    public void attach() {
        keep("document-title");
        try {
            Part file = part("document-file");
            InputStream bytes = file == null ? null : file.getInputStream();
            documentShelf.attach(Faces.viewer(), id, Pages.param("document-title"),
                    file == null ? null : file.getSubmittedFileName(), bytes);
            Pages.done("desk.document-attached");
            Pages.redirect("desk.xhtml?id=" + id + "#documents");
        } catch (Refusal refusal) {
            fail(refusal, Map.of("document.title", "document-title", "document.empty", "document-file",
                    "document.too-large", "document-file", "document.not-pdf", "document-file"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void removeDocument() {
        long picked = Pages.posted(0, "document-pick");
        try {
            if (documents.stream().noneMatch(d -> d.id() == picked)) {
                throw new Refusal(Refusal.Kind.BAD_INPUT, "consultation.document.not-found", new LocalizedText(
                        PageTexts.text(Locale.FRENCH, "desk.pick"), PageTexts.text(Locale.ENGLISH, "desk.pick")));
            }
            documentShelf.remove(Faces.viewer(), picked);
            Pages.done("desk.document-removed");
            Pages.redirect("desk.xhtml?id=" + id + "#documents");
        } catch (Refusal refusal) {
            fail(refusal, Map.of("consultation.document.not-found", "document-pick", "document.published", "document-pick"));
        }
    }

    // What the page shows.

    /** Stored words, sanitised again for writing unescaped. */
    public String html(String stored) {
        return RichText.html(stored);
    }

    public String value(String field) {
        return values.get(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** A field's {@code aria-describedby}: its error when it has one, then its hint when given. */
    public String describedBy(String field, String hint) {
        String error = errors.containsKey(field) ? field + "-error" : null;
        String both = error == null ? hint : hint == null ? error : error + " " + hint;
        return both == null || both.isEmpty() ? null : both;
    }

    /** Whether what was typed there was refused, for {@code aria-invalid} and the focus. */
    public boolean invalid(String field) {
        return errors.containsKey(field);
    }

    public boolean isAdministrator() {
        return Faces.viewer() != null && Faces.viewer().has(Role.ADMINISTRATOR);
    }

    public boolean isDraftConsultation() {
        return consultation != null && "draft".equals(consultation.state());
    }

    /** Whether the text shown is a draft not yet published (the next version), rather than the current version. */
    public boolean isWritingDraft() {
        return draft != null && draft.publishedAt() == null;
    }

    public String state() {
        return consultation == null ? null : Pages.state(consultation);
    }

    private void fill() {
        values.putIfAbsent("title", consultation.title());
        values.putIfAbsent("context", consultation.context());
        values.putIfAbsent("opens-on", Pages.opensOn(consultation, ZoneId.of(timeZone)).toString());
        values.putIfAbsent("closes-on", Pages.closesOn(consultation, ZoneId.of(timeZone)).toString());
        values.putIfAbsent("directorate", consultation.directorate());
        if (section > 0 && draft != null) {
            draft.sections().stream().filter(s -> s.id() == section).findFirst().ifPresent(s -> {
                values.putIfAbsent("section-title", s.title());
                values.putIfAbsent("section-body", s.body());
            });
        }
        if (question > 0) {
            questions.stream().filter(q -> q.id() == question).findFirst().ifPresent(q -> {
                values.putIfAbsent("question-kind", q.kind());
                values.putIfAbsent("question-text", q.text());
                values.putIfAbsent("question-options", String.join("\n",
                        q.options().stream().map(TextViews.OptionResult::label).toList()));
            });
        }
    }

    /** The draft of the next version when there is one, else the current version (a change starts a draft). */
    private TextViews.VersionText textBeingWritten() {
        int next = consultation.version() + 1;
        boolean drafting = reading.versions(Faces.viewer(), id).stream().anyMatch(v -> v.number() == next);
        if (drafting) {
            return reading.version(Faces.viewer(), id, next);
        }
        return consultation.version() > 0 ? reading.version(Faces.viewer(), id, consultation.version()) : null;
    }

    private void keep(String... fields) {
        for (String field : fields) {
            values.put(field, Pages.param(field));
        }
    }

    /** A refusal next to its field, or above the forms when it is about none of them. */
    private void fail(Refusal refusal, Map<String, String> fields) {
        String key = refusal.code().startsWith("consultation.") ? refusal.code().substring("consultation.".length()) : refusal.code();
        String field = fields.getOrDefault(key, fields.get(refusal.code()));
        if (field != null) {
            errors.put(field, refusal.text().in(Faces.locale()));
        } else {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.text().in(Faces.locale()), null));
        }
    }

    private static LocalDate day(String field) {
        String typed = Pages.param(field);
        try {
            return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** A file field of the multipart post; none for an empty field or a post of another kind. */
    private static Part part(String name) throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String type = external.getRequestContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        try {
            Part part = ((HttpServletRequest) external.getRequest()).getPart(name);
            return part == null || part.getSize() == 0 ? null : part;
        } catch (ServletException notMultipart) {
            return null;
        }
    }

    public long getComponent() {
        return component;
    }

    public void setComponent(long component) {
        this.component = component;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public long getSection() {
        return section;
    }

    public void setSection(long section) {
        this.section = section;
    }

    public long getQuestion() {
        return question;
    }

    public void setQuestion(long question) {
        this.question = question;
    }

    public Views.ConsultationView getConsultation() {
        return consultation;
    }

    public TextViews.VersionText getDraft() {
        return draft;
    }

    public List<TextViews.QuestionView> getQuestions() {
        return questions;
    }

    public List<TextViews.DocumentView> getDocuments() {
        return documents;
    }
}
