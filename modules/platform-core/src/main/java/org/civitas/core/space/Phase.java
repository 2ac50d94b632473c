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
    private String title;
    private String description;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected Phase() {
    }

    Phase(Space space, int position, String title, String description, LocalDate startsOn, LocalDate endsOn) {
        this.space = space;
        this.position = position;
        describe(title, description, startsOn, endsOn);
    }

    /** Renames and dates the phase; a phase cannot end before it starts. */
    void describe(String title, String description, LocalDate startsOn, LocalDate endsOn) {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "space.title.invalid");
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "space.dates.invalid");
        }
        this.title = title.strip();
        this.description = description;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    void placeAt(int position) {
        this.position = position;
    }

    public Long getId() { return id; }
    public Space getSpace() { return space; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
}
