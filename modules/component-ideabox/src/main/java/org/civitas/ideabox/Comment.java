package org.civitas.ideabox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A citizen's comment on an idea (plain text: the portal escapes it). */
@Entity
@Table(name = "ideabox_comment")
public class Comment {

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

    protected Comment() {
    }

    Comment(long ideaId, long authorId, String authorPseudonym, String body, Instant createdAt) {
        this.ideaId = ideaId;
        this.authorId = authorId;
        this.authorPseudonym = authorPseudonym;
        this.body = body;
        this.createdAt = createdAt;
    }

    /** Its name for moderation and search: comments and ideas share one component, so a comment's id says what it is. */
    public static String contributionId(long commentId) {
        return "comment-" + commentId;
    }

    public Long getId() { return id; }
    public long getAuthorId() { return authorId; }
    public long getIdeaId() { return ideaId; }
    public String getAuthorPseudonym() { return authorPseudonym; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
}
