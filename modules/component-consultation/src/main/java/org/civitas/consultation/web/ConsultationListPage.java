package org.civitas.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.civitas.consultation.ConsultationDesk;
import org.civitas.consultation.Views;
import org.civitas.spi.Refusal;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** An instance's consultations as cards: the published ones, and its drafts for a directorate's agents. */
@Named("consultationList")
@RequestScoped
public class ConsultationListPage {

    @Inject
    ConsultationDesk desk;
    @Inject
    @ConfigProperty(name = "civitas.time-zone", defaultValue = "Europe/Paris")
    String timeZone;

    private long component;
    private List<Views.ConsultationView> consultations;
    private boolean mayOpen;

    /** The view action. */
    public void load() {
        try {
            consultations = desk.list(Faces.viewer(), component);
        } catch (Refusal refusal) {
            Faces.refused(null, refusal);
            return;
        }
        try {
            desk.authorise(Faces.viewer(), component);
            mayOpen = true;
        } catch (Refusal notAnAgent) {
            mayOpen = false;
        }
    }

    public LocalDate opensOn(Views.ConsultationView c) {
        return Pages.opensOn(c, ZoneId.of(timeZone));
    }

    public LocalDate closesOn(Views.ConsultationView c) {
        return Pages.closesOn(c, ZoneId.of(timeZone));
    }

    public String state(Views.ConsultationView c) {
        return Pages.state(c);
    }

    public long getComponent() {
        return component;
    }

    public void setComponent(long component) {
        this.component = component;
    }

    public List<Views.ConsultationView> getConsultations() {
        return consultations;
    }

    public boolean isMayOpen() {
        return mayOpen;
    }
}
