package org.civitas.core.space;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.SpaceRef;

/**
 * A component added to a space: which manifest, and its settings (JSON) as validated against the manifest,
 * globally and for each phase. Core knows nothing else about it.
 */
@Entity
@Table(name = "core_component")
public class ComponentInstance {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final java.lang.reflect.Type SETTINGS = new HashMap<String, String>() { }.getClass().getGenericSuperclass();
    private static final java.lang.reflect.Type PHASE_SETTINGS =
            new HashMap<String, HashMap<String, String>>() { }.getClass().getGenericSuperclass();

    @Id
    @SequenceGenerator(name = "core_seq", sequenceName = "core_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "space_id")
    private Space space;
    @Column(name = "manifest_id")
    private String manifestId;
    /** French, the first language; the English is null when only French was written. */
    private String title;
    @Column(name = "title_en")
    private String titleEn;
    private int position;
    private boolean published;
    private String settings;
    @Column(name = "phase_settings")
    private String phaseSettings;

    protected ComponentInstance() {
    }

    ComponentInstance(Space space, String manifestId, LocalizedText title, int position, Map<String, String> settings,
                      boolean published) {
        this.space = space;
        this.manifestId = manifestId;
        this.position = position;
        this.published = published;
        this.phaseSettings = "{}";
        configure(title, settings);
    }

    void configure(LocalizedText title, Map<String, String> settings) {
        this.title = title.fr();
        this.titleEn = title.en();
        this.settings = JSON.toJson(settings);
    }

    void configurePhase(long phaseId, Map<String, String> values) {
        Map<String, Map<String, String>> all = allPhaseSettings();
        all.put(Long.toString(phaseId), new HashMap<>(values));
        this.phaseSettings = JSON.toJson(all);
    }

    /** A removed phase's settings go with it. */
    void forgetPhase(long phaseId) {
        Map<String, Map<String, String>> all = allPhaseSettings();
        if (all.remove(Long.toString(phaseId)) != null) {
            this.phaseSettings = JSON.toJson(all);
        }
    }

    void publish(boolean published) {
        this.published = published;
    }

    public Map<String, String> settings() {
        return JSON.fromJson(settings, SETTINGS);
    }

    public Map<String, Map<String, String>> allPhaseSettings() {
        return JSON.fromJson(phaseSettings, PHASE_SETTINGS);
    }

    /** Settings of the space's current phase; empty when no phase is active or none were set. */
    public Map<String, String> currentPhaseSettings() {
        return space.currentPhase()
                .map(p -> allPhaseSettings().getOrDefault(Long.toString(p.getId()), Map.of()))
                .orElse(Map.of());
    }

    public ComponentRef ref() {
        SpaceRef spaceRef = new SpaceRef(space.getId(), space.getSlug(),
                space.currentPhase().map(p -> Long.toString(p.getId())).orElse(null));
        return new ComponentRef(id, manifestId, title, spaceRef, settings(), currentPhaseSettings());
    }

    public Long getId() { return id; }
    public Space getSpace() { return space; }
    public String getManifestId() { return manifestId; }
    public String getTitle() { return title; }
    public LocalizedText title() { return new LocalizedText(title, titleEn); }
    public int getPosition() { return position; }
    public boolean isPublished() { return published; }

    /** Whether people other than administrators may open it: published, in a public space. */
    public boolean isPublic() {
        return published && space.isPublic();
    }
}
