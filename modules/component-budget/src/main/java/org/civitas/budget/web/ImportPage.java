package org.civitas.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.civitas.budget.ResultsImport;
import org.civitas.budget.Views;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;

/**
 * The back office's import of a Pabulib file into an envelope (administrators). The envelope is a plain select
 * read from the request; the file is a plain file field read from the multipart request ({@code Uploads}). A refusal about the file is shown next to the
 * file field, one about the envelope next to the envelope, and the others above the form.
 */
@Named("budgetImport")
@RequestScoped
public class ImportPage {

    @Inject
    ResultsImport imports;

    private long component;
    private Boolean allowed;
    private String envelope;
    private String fileError;
    private String envelopeError;

    /** The view action: whether the form is shown, and why not. */
    public void load() {
        isAllowed();
    }

    public void send() {
        Map<String, String> form = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        envelope = form.get("envelope");
        try {
            Part file = Uploads.part("file");
            String text = ResultsImport.text(file == null ? null : file.getInputStream());
            Views.Imported done = imports.importFile(viewer(), posted(), envelope, text);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    PageTexts.text(BudgetPages.locale(), "import.done", done.projects(), done.funded(), done.ballots()), null));
            external.redirect(external.getRequestContextPath() + "/components/budget/results.xhtml?component=" + posted());
        } catch (Refusal refusal) {
            String text = refusal.text().in(BudgetPages.locale());
            if (refusal.code().equals("budget.import.envelope")) {
                envelopeError = text;
            } else if (refusal.kind() == Refusal.Kind.BAD_INPUT) {
                fileError = text;
            } else {
                FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Also on a postback, before the form is decoded: the page renders its form only for those who may import,
     * and view parameters would arrive too late, so the budget's id is read from the form's hidden field.
     */
    public boolean isAllowed() {
        if (allowed == null) {
            try {
                imports.authorise(viewer(), posted());
                allowed = true;
            } catch (Refusal refusal) {
                allowed = false;
                FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        refusal.text().in(BudgetPages.locale()), null));
            }
        }
        return allowed;
    }

    private long posted() {
        if (component > 0) {
            return component;
        }
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("component");
        return id != null && id.matches("\\d{1,18}") ? Long.parseLong(id) : 0;
    }

    private static CitizenRef viewer() {
        return CitizenPrincipal.of(FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal()).orElse(null);
    }

    public long getComponent() { return component; }
    public void setComponent(long component) { this.component = component; }
    public String getEnvelope() { return envelope; }
    public String getFileError() { return fileError; }
    public String getEnvelopeError() { return envelopeError; }
}
