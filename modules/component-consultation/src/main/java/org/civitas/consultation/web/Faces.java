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

    /**
     * A refusal as a message on the page in the reader's language, tied to {@code field} (a client id) when given.
     * The page's status says it too: 404 for what is not found; 403 and 401 when the page itself is refused on
     * loading — a form posted keeps 200, its page shown again with the reason at the field.
     */
    static void refused(String field, Refusal refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.text().in(locale()), null));
        int status = switch (refusal.kind()) {
            case NOT_FOUND -> 404;
            case FORBIDDEN -> faces.isPostback() ? 200 : 403;
            case UNAUTHENTICATED -> faces.isPostback() ? 200 : 401;
            default -> 200;
        };
        if (status != 200 && !faces.getExternalContext().isResponseCommitted()) {
            faces.getExternalContext().setResponseStatus(status);
        }
    }
}
