package org.civitas.consultation.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.civitas.consultation.Views;

/** What the text's pages share: a consultation's days and state in words, posted ids, and redirects after actions. */
final class Pages {

    private Pages() {
    }

    /** The first day people may take part, on the city's clock. */
    static LocalDate opensOn(Views.ConsultationView c, ZoneId zone) {
        return LocalDate.ofInstant(c.opensAt(), zone);
    }

    /** The last day people may take part: it closes at the midnight that ends it. */
    static LocalDate closesOn(Views.ConsultationView c, ZoneId zone) {
        return LocalDate.ofInstant(c.closesAt().minusSeconds(1), zone);
    }

    /** The state in the reader's words. */
    static String state(Views.ConsultationView c) {
        return PageTexts.text(Faces.locale(), "state." + c.state());
    }

    /** A positive id from the view parameter, or else from the posted form's field of that name (on a postback). */
    static long posted(long viewParameter, String name) {
        if (viewParameter > 0) {
            return viewParameter;
        }
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return value != null && value.matches("[1-9]\\d{0,17}") ? Long.parseLong(value) : 0;
    }

    static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    /** A message said after the redirect that follows an action. */
    static void done(String key, Object... args) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, PageTexts.text(Faces.locale(), key, args), null));
    }

    /** Redirects to a page of the component ({@code path} from {@code /components/consultation/}). */
    static void redirect(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/components/consultation/" + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
