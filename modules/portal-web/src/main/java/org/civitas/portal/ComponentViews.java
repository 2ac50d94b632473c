package org.civitas.portal;

import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.net.URL;

/**
 * Serves the Faces views a component ships under {@code META-INF/resources/components/<id>/}. Components
 * are jars in the EAR's lib/ folder, which Faces does not search for views (it searches the WAR and its
 * WEB-INF/lib), so views under /components/ are looked up on the class path.
 */
public class ComponentViews extends ResourceHandlerWrapper {

    private static final String PREFIX = "/components/";

    public ComponentViews(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        ViewResource resource = super.createViewResource(context, resourceName);
        if (resource != null || resourceName == null || !resourceName.startsWith(PREFIX)
                || resourceName.contains("..")) {
            return resource;
        }
        URL url = Thread.currentThread().getContextClassLoader().getResource("META-INF/resources" + resourceName);
        if (url == null) {
            return null;
        }
        return new ViewResource() {
            @Override
            public URL getURL() {
                return url;
            }
        };
    }
}
