package org.civitas.ideabox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A citizen's comment on an idea, or a reply to one (plain text: the portal escapes it). */
@Entity
@Table(name = "ideabox_comment")
public class Comment {

    /**
     * How long its author may still change or delete a comment: long enough to fix a typo or take back a hasty
     * word, short enough that a discussion is not rewritten under those who read it.
     */
    public static final Duration CHANGE_WINDOW = Duration.ofMinutes(30);

    @Id
    @SequenceGenerator(name = "ideabox_seq", sequenceName = "ideabox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ideabox_seq")
    private Long id;
    @Column(name = "idea_id")
    private long ideaId;
    /** The comment this one replies to; replies go one level deep, so it is never itself a reply. */
    @Column(name = "parent_id")
    private Long parentId;
    @Column(name = "author_id")
    private long authorId;
    @Column(name = "author_pseudonym")
    private String authorPseudonym;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "edited_at")
    private Instant editedAt;

    protected Comment() {
    }

    Comment(long ideaId, Long parentId, long authorId, String authorPseudonym, String body, Instant createdAt) {
        this.ideaId = ideaId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.authorPseudonym = authorPseudonym;
        this.body = body;
        this.createdAt = createdAt;
    }

    /** Its name for moderation and search: comments and ideas share one component, so a comment's id says what it is. */
    public static String contributionId(long commentId) {
        return "comment-" + commentId;
    }

    /**
     * Whether {@code citizenId} may still change or delete it: its author, within {@link #CHANGE_WINDOW}, and
     * only while nobody replied (a reply must keep what it answers).
     */
    boolean changeableBy(long citizenId, boolean replied, Instant now) {
        return authorId == citizenId && !replied && now.isBefore(createdAt.plus(CHANGE_WINDOW));
    }

    void rewrite(String body, Instant now) {
        this.body = body;
        this.editedAt = now;
    }

    /** The discussion a reply joins: a reply to a reply joins its parent's, so replies stay one level deep. */
    long thread() {
        return parentId == null ? id : parentId;
    }

    public Long getId() { return id; }
    public long getAuthorId() { return authorId; }
    public long getIdeaId() { return ideaId; }
    public Long getParentId() { return parentId; }
    public String getAuthorPseudonym() { return authorPseudonym; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getEditedAt() { return editedAt; }
}
