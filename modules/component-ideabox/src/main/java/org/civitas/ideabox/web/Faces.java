package org.civitas.ideabox.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.civitas.ideabox.Texts;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Languages;
import org.civitas.spi.Refusal;

/** What the idea box's pages need from Faces: the viewer (the portal's principal), the language, messages. */
final class Faces {

    private Faces() {
    }

    static CitizenRef viewer() {
        return CitizenPrincipal.of(context().getExternalContext().getUserPrincipal()).orElse(null);
    }

    static Locale locale() {
        Locale locale = context().getViewRoot() == null ? null : context().getViewRoot().getLocale();
        return Languages.of(locale == null ? List.of() : List.of(locale));
    }

    static String text(String key, Object... args) {
        return Texts.text(locale(), key, args);
    }

    /** Shows a refusal next to the field it concerns ({@code clientId}), or at the top of the page. */
    static void refused(Refusal refusal, String clientId) {
        context().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.text().in(locale()), null));
    }

    /** A confirmation that survives the redirect after a successful action. */
    static void done(String text) {
        context().getExternalContext().getFlash().setKeepMessages(true);
        context().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** Post/redirect/get to a portal path such as {@code /components/ideabox/idea.xhtml?id=3}. */
    static void redirect(String path) {
        ExternalContext external = context().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String param(String name) {
        return context().getExternalContext().getRequestParameterMap().get(name);
    }

    /**
     * A page's id on a form's postback: view parameters reach the bean only after the form's components are
     * decoded, so each form also posts the id as a hidden field, read here.
     */
    static long id(long current, String name) {
        if (current > 0) {
            return current;
        }
        try {
            String value = param(name);
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String[] params(String name) {
        return context().getExternalContext().getRequestParameterValuesMap().get(name);
    }

    private static FacesContext context() {
        return FacesContext.getCurrentInstance();
    }
}
