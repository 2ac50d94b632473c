package org.civitas.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A proposal's earlier words, kept when an accepted amendment rewrote them: {@code fromAmendment} is that amendment,
 * so every revision says why it ended. Never changed.
 */
@Entity
@Table(name = "consultation_revision")
@IdClass(Revision.Key.class)
public class Revision {

    /** The composite key (a class, not a record: the provider sets its fields). */
    public static class Key implements java.io.Serializable {
        private long proposalId;
        private int revision;

        public Key() {
        }

        public Key(long proposalId, int revision) {
            this.proposalId = proposalId;
            this.revision = revision;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.proposalId == proposalId && k.revision == revision;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(proposalId, revision);
        }
    }

    @Id
    @Column(name = "proposal_id")
    private long proposalId;
    @Id
    private int revision;
    private String title;
    private String body;
    @Column(name = "from_amendment")
    private Long fromAmendment;
    @Column(name = "written_at")
    private Instant writtenAt;

    protected Revision() {
    }

    /** The proposal's words as they are, before {@code amendment} rewrites them. */
    Revision(Proposal proposal, long amendment, Instant now) {
        this.proposalId = proposal.getId();
        this.revision = proposal.getRevision();
        this.title = proposal.getTitle();
        this.body = proposal.getBody();
        this.fromAmendment = amendment;
        this.writtenAt = now;
    }

    public long getProposalId() {
        return proposalId;
    }

    public int getRevision() {
        return revision;
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

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
