package org.civitas.portal;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view is in the visitor's language from the start of the request, not only from the layout's
 * {@code f:view} on: components' beans read the view's locale in view actions and on postback, before the
 * layout is built, and would otherwise answer a visitor who chose English in the language of their browser.
 */
public class PortalLocale extends ViewHandlerWrapper {

    public PortalLocale(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(Portal.class).get().getLocale();
    }
}
