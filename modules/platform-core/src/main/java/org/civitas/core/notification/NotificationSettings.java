package org.civitas.core.notification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.civitas.spi.Notifier;

/** A citizen's notification settings: which kinds they hear of, and how notices reach them by e-mail. */
@Entity
@Table(name = "core_notification_setting")
public class NotificationSettings {

    @Id
    @Column(name = "citizen_id")
    private long citizenId;
    @Enumerated(EnumType.STRING)
    private Digest digest;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "core_notification_muted", joinColumns = @JoinColumn(name = "citizen_id"))
    @Column(name = "kind")
    @Enumerated(EnumType.STRING)
    private Set<Notifier.Kind> muted = new HashSet<>();

    protected NotificationSettings() {
    }

    NotificationSettings(long citizenId) {
        this.citizenId = citizenId;
        this.digest = Digest.IMMEDIATE;
    }

    /** What the settings page and {@code /api/v1/me/notification-settings} show and take. */
    public record View(Set<Notifier.Kind> kinds, Digest digest) {
    }

    /** Everyone's settings until they change them: every kind, one mail per notice. */
    public static View defaults() {
        return new View(EnumSet.allOf(Notifier.Kind.class), Digest.IMMEDIATE);
    }

    boolean wants(Notifier.Kind kind) {
        return !muted.contains(kind);
    }

    Digest digest() {
        return digest;
    }

    void change(Set<Notifier.Kind> kinds, Digest digest) {
        this.digest = digest;
        Set<Notifier.Kind> off = EnumSet.allOf(Notifier.Kind.class);
        off.removeAll(kinds);
        muted.clear();
        muted.addAll(off);
    }

    public View view() {
        Set<Notifier.Kind> on = EnumSet.allOf(Notifier.Kind.class);
        on.removeAll(muted);
        return new View(on, digest);
    }
}
