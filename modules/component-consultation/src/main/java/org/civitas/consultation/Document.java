package org.civitas.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A PDF attached to a consultation. Lists read it without its bytes (a projection): only the download loads them. */
@Entity
@Table(name = "consultation_document")
public class Document {

    @Id
    @SequenceGenerator(name = "consultation_seq", sequenceName = "consultation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_seq")
    private Long id;
    @Column(name = "consultation_id")
    private long consultationId;
    private String title;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "size_bytes")
    private int sizeBytes;
    private byte[] content;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected Document() {
    }

    Document(long consultationId, String title, String fileName, byte[] content, Instant now) {
        this.consultationId = consultationId;
        this.title = title;
        this.fileName = fileName;
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public String getTitle() {
        return title;
    }

    public String getFileName() {
        return fileName;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
