package org.civitas.ideabox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note on an idea for moderators and its assigned agent only: never shown to its author or the public. */
@Entity
@Table(name = "ideabox_note")
public class InternalNote {

    @Id
    @SequenceGenerator(name = "ideabox_seq", sequenceName = "ideabox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ideabox_seq")
    private Long id;
    @Column(name = "idea_id")
    private long ideaId;
    @Column(name = "author_id")
    private long authorId;
    @Column(name = "author_pseudonym")
    private String authorPseudonym;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;

    protected InternalNote() {
    }

    InternalNote(long ideaId, long authorId, String authorPseudonym, String body, Instant createdAt) {
        this.ideaId = ideaId;
        this.authorId = authorId;
        this.authorPseudonym = authorPseudonym;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getIdeaId() { return ideaId; }
    public String getAuthorPseudonym() { return authorPseudonym; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
