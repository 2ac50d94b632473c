package org.civitas.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civitas.consultation.Answers;
import org.civitas.consultation.ClosingViews;
import org.civitas.consultation.ConsultationDesk;
import org.civitas.consultation.Views;
import org.civitas.spi.Refusal;

/**
 * The directorate's answer desk ({@code answers.xhtml?id=}): the proposals with their counters and answers, one
 * answer for the ticked ones, one proposal's answer ({@code &proposal=}), and a CSV sheet. Inputs inside the table
 * are plain HTML read from the request; the consultation's id comes back in each form's hidden field. A refusal is
 * shown next to the field it is about.
 */
@Named("consultationAnswers")
@RequestScoped
public class ClosingAnswersPage {

    @Inject
    Answers answers;
    @Inject
    ConsultationDesk desk;

    private long id;
    private long proposal;
    private Views.ConsultationView consultation;
    private List<Answers.Row> rows;
    private boolean allowed;
    private String bulkError;
    private String oneError;
    private String sheetError;
    /** What was typed, shown again with the reason when it is refused. */
    private List<Long> ticked = List.of();
    private String typedAnswer;
    private String typedText;

    /** The view action, and on a postback before the forms are decoded. */
    public void load() {
        if (rows != null) {
            return;
        }
        try {
            consultation = desk.get(Faces.viewer(), posted());
            rows = answers.desk(Faces.viewer(), posted());
            allowed = true;
        } catch (Refusal refusal) {
            rows = List.of();
            Faces.refused(null, refusal);
        }
    }

    /** One answer for every ticked proposal: all of them or none. */
    public void answerTicked() {
        Map<String, String[]> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        ticked = Arrays.stream(form.getOrDefault("ticked", new String[0])).filter(v -> v.matches("\\d{1,18}"))
                .map(Long::valueOf).toList();
        typedAnswer = param("bulk-answer");
        typedText = param("bulk-text");
        try {
            int answered = answers.answerAll(Faces.viewer(), posted(), new ClosingViews.BulkAnswerForm(ticked,
                    typedAnswer, typedText));
            done(PageTexts.text(Faces.locale(), "closing.desk.answered", answered));
        } catch (Refusal refusal) {
            bulkError = refusal.text().in(Faces.locale());
        }
    }

    /** One proposal's answer. */
    public void answerOne() {
        String target = param("proposal");
        typedAnswer = param("one-answer");
        typedText = param("one-text");
        try {
            answers.answer(Faces.viewer(), target != null && target.matches("\\d{1,18}") ? Long.parseLong(target) : 0,
                    new ClosingViews.AnswerForm(typedAnswer, typedText));
            done(PageTexts.text(Faces.locale(), "closing.desk.answered", 1));
        } catch (Refusal refusal) {
            if (refusal.kind() == Refusal.Kind.NOT_FOUND) {
                Faces.refused(null, refusal);
            } else {
                oneError = refusal.text().in(Faces.locale());
            }
        }
    }

    /** A CSV sheet of answers: written only when no line has a problem. */
    public void importSheet() {
        try {
            int answered = answers.importSheet(Faces.viewer(), posted(), sheet());
            done(PageTexts.text(Faces.locale(), "closing.desk.answered", answered));
        } catch (Refusal refusal) {
            sheetError = refusal.text().in(Faces.locale());
        } catch (IOException e) {
            sheetError = PageTexts.text(Faces.locale(), "closing.desk.sheet.unreadable");
        }
    }

    /** The file field's text (UTF-8), limited before it is read whole. */
    private static String sheet() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String type = external.getRequestContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return "";
        }
        try {
            Part part = ((HttpServletRequest) external.getRequest()).getPart("sheet");
            if (part == null || part.getSize() == 0) {
                return "";
            }
            try (InputStream in = part.getInputStream()) {
                byte[] bytes = in.readNBytes(1_000_001);
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (ServletException notMultipart) {
            return "";
        }
    }

    private void done(String message) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
        try {
            external.redirect(external.getRequestContextPath() + "/components/consultation/answers.xhtml?id=" + posted());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
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

    /**
     * The proposal being answered on its own, when it is one of the desk's. On the form's postback the view parameter
     * is not applied yet when the form's {@code rendered} is asked, so the form's own hidden field names it.
     */
    public Answers.Row getChosen() {
        load();
        String posted = param("proposal");
        long wanted = proposal > 0 ? proposal : posted != null && posted.matches("\\d{1,18}") ? Long.parseLong(posted) : 0;
        return rows.stream().filter(r -> r.id() == wanted).findFirst().orElse(null);
    }

    /** An answer's name in the reader's language; "not answered yet" for none. */
    public String answerName(String code) {
        return PageTexts.text(Faces.locale(), "closing.answer." + (code == null ? "none" : code));
    }

    /** The rich text, sanitised again before the page writes it unescaped. */
    public String html(String stored) {
        return org.civitas.consultation.RichText.html(stored);
    }

    public boolean isTicked(long proposal) {
        return ticked.contains(proposal);
    }

    /** The answer shown chosen in a form: what was typed when refused, else the proposal's own. */
    public String shownAnswer(String own) {
        return typedAnswer != null ? typedAnswer : own;
    }

    /** The text shown in a form: what was typed when refused, else the proposal's own answer. */
    public String shownText(String own) {
        return typedText != null ? typedText : own;
    }

    public boolean isAllowed() {
        load();
        return allowed;
    }

    public boolean isClosed() {
        return consultation != null && "closed".equals(consultation.state());
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public long getProposal() {
        return proposal;
    }

    public void setProposal(long proposal) {
        this.proposal = proposal;
    }

    public Views.ConsultationView getConsultation() {
        return consultation;
    }

    public List<Answers.Row> getRows() {
        load();
        return rows;
    }

    public String getBulkError() {
        return bulkError;
    }

    public String getOneError() {
        return oneError;
    }

    public String getSheetError() {
        return sheetError;
    }
}
