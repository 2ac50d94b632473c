package org.civitas.consultation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.civitas.consultation.ConsultationDesk;
import org.civitas.consultation.RichText;
import org.civitas.consultation.TextReading;
import org.civitas.consultation.TextViews;
import org.civitas.consultation.Views;
import org.civitas.spi.Refusal;

/**
 * A consultation's versions: one version's whole text ({@code from} equal to {@code to}), or what changed between
 * two, words removed and added marked with {@code del} and {@code ins} and said in words, not by colour alone.
 * Without versions named, the last one compared with the one before.
 */
@Named("consultationVersions")
@RequestScoped
public class VersionsPage {

    @Inject
    ConsultationDesk desk;
    @Inject
    TextReading reading;

    private long id;
    private Integer from;
    private Integer to;
    private Views.ConsultationView consultation;
    private List<Views.VersionView> versions = List.of();
    private TextViews.VersionText text;
    private TextViews.Diff diff;

    /** The view action. */
    public void load() {
        try {
            consultation = desk.get(Faces.viewer(), id);
            versions = reading.versions(Faces.viewer(), id);
            // Before the first version, its directorate reads the draft.
            int last = Math.max(1, consultation.version());
            int newer = to == null ? last : to;
            int older = from == null ? Math.max(1, newer - 1) : from;
            from = older;
            to = newer;
            if (older == newer) {
                text = reading.version(Faces.viewer(), id, newer);
            } else {
                diff = reading.diff(Faces.viewer(), id, older, newer);
            }
        } catch (Refusal refusal) {
            Faces.refused(null, refusal);
        }
    }

    public String html(String stored) {
        return RichText.html(stored);
    }

    /** A version's name in a list: its number, and "draft" for the one being written. */
    public String name(Views.VersionView v) {
        return PageTexts.text(Faces.locale(), v.publishedAt() == null ? "versions.draft-name" : "versions.name", v.number());
    }

    /** A section's change in words, with whether it moved. */
    public String change(TextViews.SectionDiff section) {
        String change = PageTexts.text(Faces.locale(), "diff.change." + section.change());
        return section.moved() ? change + " · " + PageTexts.text(Faces.locale(), "diff.moved") : change;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public Views.ConsultationView getConsultation() {
        return consultation;
    }

    public List<Views.VersionView> getVersions() {
        return versions;
    }

    public TextViews.VersionText getText() {
        return text;
    }

    public TextViews.Diff getDiff() {
        return diff;
    }
}
