package org.civitas.budget.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Locale;

/**
 * File fields are plain inputs read from the multipart request, not {@code h:inputFile}: that component fails
 * with a server error (UT010016) when its form is posted without multipart, as a careless client may.
 */
final class Uploads {

    private Uploads() {
    }

    /** A file field of a multipart post; null for a post of another kind, where there is none. */
    static Part part(String name) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
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
}
