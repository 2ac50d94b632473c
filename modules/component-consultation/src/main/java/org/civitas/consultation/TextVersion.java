package org.civitas.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** A version of a consultation's text; the one being written has no publication date. */
@Entity
@Table(name = "consultation_text_version")
@IdClass(TextVersion.Key.class)
public class TextVersion {

    /** The composite key (a class, not a record: the provider sets its fields). */
    public static class Key implements java.io.Serializable {
        private long consultationId;
        private int number;

        public Key() {
        }

        public Key(long consultationId, int number) {
            this.consultationId = consultationId;
            this.number = number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.consultationId == consultationId && k.number == number;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(consultationId, number);
        }
    }

    @Id
    @Column(name = "consultation_id")
    private long consultationId;
    @Id
    private int number;
    private String changelog;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by")
    private Long publishedBy;

    protected TextVersion() {
    }

    TextVersion(long consultationId, int number) {
        this.consultationId = consultationId;
        this.number = number;
    }

    void publish(String changelog, long by, Instant now) {
        this.changelog = changelog;
        this.publishedBy = by;
        this.publishedAt = now;
    }

    public boolean isDraft() {
        return publishedAt == null;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public int getNumber() {
        return number;
    }

    public String getChangelog() {
        return changelog;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Long getPublishedBy() {
        return publishedBy;
    }
}
