package org.civitas.ideabox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.civitas.ideabox.IdeaTemplates;
import org.civitas.ideabox.Views;
import org.civitas.spi.Refusal;

/**
 * Moderators edit the standard reasons and the external schemes, one at a time: {@code reason} or
 * {@code scheme} in the address picks the one in the form, none adds a new one.
 */
@Named("templates")
@RequestScoped
public class TemplatesPage {

    @Inject
    IdeaTemplates templates;

    private long component;
    private Long reason;
    private Long scheme;
    private List<Views.Reason> reasons;
    private List<Views.Scheme> schemes;

    public void load() {
        try {
            reasons = templates.reasons(Faces.viewer(), component);
            schemes = templates.schemes(Faces.viewer(), component);
        } catch (Refusal refusal) {
            Faces.refused(refusal, null);
        }
    }

    public void saveReason() {
        component = Faces.id(component, "component");
        try {
            templates.saveReason(Faces.viewer(), component, optionalId("reasonId"), Faces.param("label"), Faces.param("text"),
                    Faces.param("labelEn"), Faces.param("textEn"));
            Faces.done(Faces.text("templates.saved"));
            Faces.redirect("/components/ideabox/templates.xhtml?component=" + component);
        } catch (Refusal refusal) {
            Faces.refused(refusal, null);
        }
    }

    public void saveScheme() {
        component = Faces.id(component, "component");
        try {
            templates.saveScheme(Faces.viewer(), component, optionalId("schemeId"), Faces.param("name"), Faces.param("url"),
                    Faces.param("message"), Faces.param("messageEn"));
            Faces.done(Faces.text("templates.saved"));
            Faces.redirect("/components/ideabox/templates.xhtml?component=" + component);
        } catch (Refusal refusal) {
            Faces.refused(refusal, null);
        }
    }

    private static Long optionalId(String name) {
        long id = Faces.id(0, name);
        return id > 0 ? id : null;
    }

    /** The reason in the form: the one picked, or an empty one to add. */
    public Views.Reason getEditedReason() {
        return getReasons().stream().filter(r -> reason != null && r.id() == reason).findFirst()
                .orElse(new Views.Reason(0, "", "", null, null));
    }

    public Views.Scheme getEditedScheme() {
        return getSchemes().stream().filter(s -> scheme != null && s.id() == scheme).findFirst()
                .orElse(new Views.Scheme(0, "", "https://", "", null));
    }

    /** Loaded by the view action on display, and here on a form's postback. */
    public List<Views.Reason> getReasons() {
        if (reasons == null) {
            component = Faces.id(component, "component");
            load();
        }
        return reasons == null ? List.of() : reasons;
    }

    public List<Views.Scheme> getSchemes() {
        if (schemes == null) {
            getReasons();
        }
        return schemes == null ? List.of() : schemes;
    }

    /** Whether the viewer may edit them (the page shows the refusal otherwise). */
    public boolean isAllowed() {
        getReasons();
        return reasons != null;
    }

    public long getComponent() { return component; }
    public void setComponent(long component) { this.component = component; }
    public Long getReason() { return reason; }
    public void setReason(Long reason) { this.reason = reason; }
    public Long getScheme() { return scheme; }
    public void setScheme(Long scheme) { this.scheme = scheme; }
}
