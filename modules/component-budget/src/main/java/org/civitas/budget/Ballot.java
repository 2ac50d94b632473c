package org.civitas.budget;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One voter's choices in one envelope. The table's unique key (instance, envelope, voter) is what makes a
 * second ballot impossible, however many requests arrive at once. A ballot imported from a Pabulib file has no
 * voter (null), and NULLs never collide in that key.
 */
@Entity
@Table(name = "budget_ballot")
public class Ballot {

    @Id
    @SequenceGenerator(name = "budget_seq", sequenceName = "budget_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_seq")
    private Long id;
    @Column(name = "component_id")
    private long componentId;
    private String envelope;
    @Column(name = "voter_id")
    private Long voterId;
    private String receipt;
    @Column(name = "cast_at")
    private Instant castAt;
    @Column(name = "changed_at")
    private Instant changedAt;
    @Column(name = "age_band")
    private String ageBand;
    @Column(name = "voter_district")
    private String voterDistrict;
    @Column(name = "address_hash")
    private String addressHash;
    @Column(name = "account_age_days")
    private Integer accountAgeDays;
    @Version
    private int version;
    @ElementCollection
    @CollectionTable(name = "budget_choice", joinColumns = @JoinColumn(name = "ballot_id"))
    @Column(name = "project_id")
    private Set<Long> projectIds = new LinkedHashSet<>();

    protected Ballot() {
    }

    Ballot(long componentId, String envelope, long voterId, String ageBand, String voterDistrict, Set<Long> projectIds,
           String receipt, Instant now) {
        this.componentId = componentId;
        this.envelope = envelope;
        this.voterId = voterId;
        this.ageBand = ageBand;
        this.voterDistrict = voterDistrict;
        this.projectIds = new LinkedHashSet<>(projectIds);
        this.receipt = receipt;
        this.castAt = now;
    }

    /** What an audit of the vote keeps about where and from how old an account the ballot came. */
    void trace(String addressHash, Integer accountAgeDays) {
        this.addressHash = addressHash;
        this.accountAgeDays = accountAgeDays;
    }

    /** The voter changes their mind while the vote is open: the same ballot, the same receipt, other choices. */
    void change(Set<Long> chosen, Instant now) {
        projectIds.clear();
        projectIds.addAll(chosen);
        changedAt = now;
    }

    public Long getId() { return id; }
    public long getComponentId() { return componentId; }
    public String getEnvelope() { return envelope; }
    public Long getVoterId() { return voterId; }
    public String getReceipt() { return receipt; }
    public Instant getCastAt() { return castAt; }
    public Set<Long> getProjectIds() { return Set.copyOf(projectIds); }
    public Instant getChangedAt() { return changedAt; }
    public int getVersion() { return version; }
}
