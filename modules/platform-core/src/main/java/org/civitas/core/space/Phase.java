package org.civitas.core.space;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.civitas.core.Messages;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Refusal;

/** One step of a space (filing, study, vote…); the active phase decides which actions are open. */
@Entity
@Table(name = "core_phase")
public class Phase {

    @Id
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "space_id")
    private Space space;
    private int position;
    /** French, the first language; the English is null when only French was written. */
    private String title;
    private String description;
    @Column(name = "title_en")
    private String titleEn;
    @Column(name = "description_en")
    private String descriptionEn;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected Phase() {
    }

    Phase(Space space, int position, LocalizedText title, LocalizedText description, LocalDate startsOn,
          LocalDate endsOn) {
        this.space = space;
        this.position = position;
        describe(title, description, startsOn, endsOn);
    }

    /** Renames and dates the phase; a phase cannot end before it starts. */
    void describe(LocalizedText title, LocalizedText description, LocalDate startsOn, LocalDate endsOn) {
        if (title == null || title.fr().isBlank() || title.fr().length() > 200
                || (title.en() != null && title.en().length() > 200)) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "space.title.invalid");
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "space.dates.invalid");
        }
        this.title = title.fr().strip();
        this.titleEn = blankToNull(title.en());
        this.description = description == null ? null : blankToNull(description.fr());
        this.descriptionEn = description == null ? null : blankToNull(description.en());
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    void placeAt(int position) {
        this.position = position;
    }

    public Long getId() { return id; }
    public Space getSpace() { return space; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public LocalizedText title() { return new LocalizedText(title, titleEn); }
    public LocalizedText description() { return description == null ? null : new LocalizedText(description, descriptionEn); }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
}
