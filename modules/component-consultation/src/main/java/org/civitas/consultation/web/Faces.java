package org.civitas.consultation.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Languages;
import org.civitas.spi.Refusal;

/** What every consultation page bean needs from Faces: the reader, their language, and refusals said on the page. */
final class Faces {

    private Faces() {
    }

    static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context.getViewRoot() == null ? null : context.getViewRoot().getLocale();
        return Languages.of(locale == null ? List.of() : List.of(locale));
    }

    static CitizenRef viewer() {
        return CitizenPrincipal.of(FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal()).orElse(null);
    }

    /** A refusal as a message on the page in the reader's language, tied to {@code field} (a client id) when given. */
    static void refused(String field, Refusal refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.text().in(locale()), null));
        if (refusal.kind() == Refusal.Kind.NOT_FOUND && !faces.getExternalContext().isResponseCommitted()) {
            faces.getExternalContext().setResponseStatus(404);
        }
    }
}
