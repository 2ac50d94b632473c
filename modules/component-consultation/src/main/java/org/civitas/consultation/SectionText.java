package org.civitas.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A section's words in one version; a published version's are never changed. */
@Entity
@Table(name = "consultation_section_text")
@IdClass(SectionText.Key.class)
public class SectionText {

    /** The composite key (a class, not a record: the provider sets its fields). */
    public static class Key implements java.io.Serializable {
        private long sectionId;
        private int versionNumber;

        public Key() {
        }

        public Key(long sectionId, int versionNumber) {
            this.sectionId = sectionId;
            this.versionNumber = versionNumber;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.sectionId == sectionId && k.versionNumber == versionNumber;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(sectionId, versionNumber);
        }
    }

    @Id
    @Column(name = "section_id")
    private long sectionId;
    @Id
    @Column(name = "version_number")
    private int versionNumber;
    @Column(name = "consultation_id")
    private long consultationId;
    private int position;
    private String title;
    /** Sanitised HTML ({@link RichText}). */
    private String body;
    /** The accepted amendment that wrote these words, to credit its author. */
    @Column(name = "from_amendment")
    private Long fromAmendment;

    protected SectionText() {
    }

    SectionText(long sectionId, long consultationId, int versionNumber, int position, String title, String body,
                Long fromAmendment) {
        this.sectionId = sectionId;
        this.consultationId = consultationId;
        this.versionNumber = versionNumber;
        this.position = position;
        this.title = title;
        this.body = body;
        this.fromAmendment = fromAmendment;
    }

    void rewrite(String title, String body, Long fromAmendment) {
        this.title = title;
        this.body = body;
        this.fromAmendment = fromAmendment;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public long getSectionId() {
        return sectionId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Long getFromAmendment() {
        return fromAmendment;
    }
}
