package org.civitas.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.civitas.consultation.Documents;
import org.civitas.spi.Refusal;

/**
 * A document downloaded from the portal, where the reader is known by their session (the API knows its callers by
 * their token): a draft's documents reach its directorate alone. Sent as a PDF attachment, never sniffed.
 */
@Named("consultationDocument")
@RequestScoped
public class DocumentDownload {

    @Inject
    Documents documents;

    private long id;

    /** The view action: the PDF instead of the page, or the page saying why not. */
    public void send() {
        try {
            Documents.Download file = documents.download(Faces.viewer(), id);
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            external.responseReset();
            external.setResponseContentType("application/pdf");
            external.setResponseContentLength(file.content().length);
            external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
            external.setResponseHeader("X-Content-Type-Options", "nosniff");
            try (OutputStream out = external.getResponseOutputStream()) {
                out.write(file.content());
            }
            faces.responseComplete();
        } catch (Refusal refusal) {
            Faces.refused(null, refusal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
