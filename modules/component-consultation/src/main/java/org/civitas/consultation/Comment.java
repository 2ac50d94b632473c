package org.civitas.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment on a proposal, threaded one level: a reply's parent is a comment without a parent. */
@Entity
@Table(name = "consultation_comment")
public class Comment {

    @Id
    @SequenceGenerator(name = "consultation_seq", sequenceName = "consultation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_seq")
    private Long id;
    @Column(name = "proposal_id")
    private long proposalId;
    @Column(name = "parent_id")
    private Long parentId;
    @Column(name = "author_id")
    private long authorId;
    private String author;
    private String body;
    @Column(name = "support_count")
    private int supportCount;
    @Column(name = "written_at")
    private Instant writtenAt;
    @Column(name = "edited_at")
    private Instant editedAt;
    /** Deleted by its author: the thread keeps its place, without the words. */
    private boolean deleted;

    @Column(name = "participant_district")
    private String participantDistrict;
    @Column(name = "age_band")
    private String ageBand;

    protected Comment() {
    }

    Comment(long proposalId, Long parentId, long authorId, String author, String body, Instant now) {
        this.proposalId = proposalId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.author = author;
        this.body = body;
        this.writtenAt = now;
    }

    /** Threads are one level deep: one replies to a comment, never to a reply. */
    public boolean acceptsReplies() {
        return parentId == null;
    }

    /** The id reports and search know it by. */
    public static String contributionId(long id) {
        return "comment-" + id;
    }

    void edit(String body, Instant now) {
        this.body = body;
        this.editedAt = now;
    }

    void delete() {
        deleted = true;
        body = "";
    }

    void anonymise() {
        author = Proposal.ANONYMOUS;
    }

    public Long getId() {
        return id;
    }

    public long getProposalId() {
        return proposalId;
    }

    public Long getParentId() {
        return parentId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public int getSupportCount() {
        return supportCount;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isDeleted() {
        return deleted;
    }

    /** Who wrote it, as the synthesis counts: their district and age band at the time. */
    void writtenBy(Participant participant) {
        participantDistrict = participant.district();
        ageBand = participant.ageBand();
    }

    public String getParticipantDistrict() {
        return participantDistrict;
    }

    public String getAgeBand() {
        return ageBand;
    }
}
