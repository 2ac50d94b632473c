package org.civitas.it.probe;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.ComponentAccess;

/** The probe's Faces entry view: says who is looking, as a component's page would. */
@Named
@RequestScoped
public class ProbePage {

    @Inject
    ComponentAccess access;

    private long componentId;

    public String getViewer() {
        var viewer = CitizenPrincipal.of(FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal());
        access.component("probe", componentId, viewer.orElse(null));
        return viewer.map(c -> "Vu par " + c.pseudonym()).orElse("Vu par un visiteur");
    }

    public long getComponentId() { return componentId; }
    public void setComponentId(long componentId) { this.componentId = componentId; }
}
