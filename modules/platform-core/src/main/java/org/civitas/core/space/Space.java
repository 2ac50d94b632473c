package org.civitas.core.space;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civitas.core.Messages;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Refusal;

/** A participatory space: a process with dates and ordered phases, holding component instances. */
@Entity
@Table(name = "core_space")
@NamedQuery(name = "Space.published", query = "SELECT s FROM Space s WHERE s.published = TRUE AND s.archived = FALSE "
        + "ORDER BY s.startsOn DESC, s.id DESC")
@NamedQuery(name = "Space.all", query = "SELECT s FROM Space s ORDER BY s.startsOn DESC, s.id DESC")
@NamedQuery(name = "Space.findBySlug", query = "SELECT s FROM Space s WHERE s.slug = :slug")
public class Space {

    @Id
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    private Long id;
    private String slug;
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
    private boolean published;
    /** Archived: kept for the record, read-only, and hidden from everyone but administrators. */
    private boolean archived;
    @Column(name = "current_phase_id")
    private Long currentPhaseId;
    @Column(name = "created_at")
    private Instant createdAt;
    @OneToMany(mappedBy = "space", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Phase> phases = new ArrayList<>();
    @OneToMany(mappedBy = "space", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ComponentInstance> components = new ArrayList<>();
    @Version
    private int version;

    protected Space() {
    }

    public Space(String slug, LocalizedText title, LocalizedText description, LocalDate startsOn, LocalDate endsOn,
                 Instant now) {
        this.slug = slug;
        describe(title, description, startsOn, endsOn);
        this.createdAt = now;
    }

    void describe(LocalizedText title, LocalizedText description, LocalDate startsOn, LocalDate endsOn) {
        this.title = title.fr();
        this.titleEn = title.en();
        this.description = description.fr();
        this.descriptionEn = description.en();
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    Phase addPhase(LocalizedText title, LocalizedText description, LocalDate startsOn, LocalDate endsOn) {
        Phase phase = new Phase(this, phases.size() + 1, title, description, startsOn, endsOn);
        phases.add(phase);
        return phase;
    }

    /** Puts the phase at {@code position} (1 is first), shifting the others; positions stay 1…n. */
    void movePhase(Phase phase, int position) {
        if (!phases.contains(phase)) {
            throw new IllegalArgumentException("phase of another space");
        }
        if (position < 1 || position > phases.size()) {
            throw Messages.refusal(Refusal.Kind.BAD_INPUT, "space.phase.position.invalid", phases.size());
        }
        phases.sort(Comparator.comparingInt(Phase::getPosition));
        phases.remove(phase);
        phases.add(position - 1, phase);
        renumber();
    }

    /** Removes a phase that is not the current one: the open actions it sets would otherwise vanish unseen. */
    void removePhase(Phase phase) {
        if (!phases.contains(phase)) {
            throw new IllegalArgumentException("phase of another space");
        }
        if (currentPhaseId != null && currentPhaseId.equals(phase.getId())) {
            throw Messages.refusal(Refusal.Kind.CONFLICT, "space.phase.current");
        }
        phases.sort(Comparator.comparingInt(Phase::getPosition));
        phases.remove(phase);
        components.forEach(c -> c.forgetPhase(phase.getId()));
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < phases.size(); i++) {
            phases.get(i).placeAt(i + 1);
        }
    }

    ComponentInstance addComponent(String manifestId, LocalizedText title, Map<String, String> settings,
                                   boolean published) {
        ComponentInstance instance = new ComponentInstance(this, manifestId, title, components.size() + 1, settings,
                published);
        components.add(instance);
        return instance;
    }

    void activate(Phase phase) {
        if (!phases.contains(phase)) {
            throw new IllegalArgumentException("phase of another space");
        }
        this.currentPhaseId = phase.getId();
    }

    void publish(boolean published) {
        this.published = published;
    }

    void archive(boolean archived) {
        this.archived = archived;
    }

    /** What stops the space from being edited: an archived space is read-only until restored. */
    void requireEditable() {
        if (archived) {
            throw Messages.refusal(Refusal.Kind.CONFLICT, "space.archived");
        }
    }

    public Optional<Phase> currentPhase() {
        return phases.stream().filter(p -> currentPhaseId != null && currentPhaseId.equals(p.getId())).findFirst();
    }

    public Long getId() { return id; }
    public String getSlug() { return slug; }
    public String getTitle() { return title; }
    public LocalizedText title() { return new LocalizedText(title, titleEn); }
    public LocalizedText description() { return new LocalizedText(description, descriptionEn); }
    public LocalDate getStartsOn() { return startsOn; }
    public LocalDate getEndsOn() { return endsOn; }
    public boolean isPublished() { return published; }
    public boolean isArchived() { return archived; }

    /** Whether people other than administrators may open it: published and not archived. */
    public boolean isPublic() {
        return published && !archived;
    }
    public List<Phase> getPhases() { return List.copyOf(phases); }
    public List<ComponentInstance> getComponents() { return List.copyOf(components); }
}
