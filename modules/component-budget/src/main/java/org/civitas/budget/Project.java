package org.civitas.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** A project a citizen files in a participatory budget, for one envelope (a district, or the whole city). */
@Entity
@Table(name = "budget_project")
public class Project {

    /**
     * Where a project stands; SELECTED projects are on the ballot, and at publication become WON (funded) or
     * NOT_FUNDED. A MERGED project became part of another ({@code mergedInto}) by co-construction: it keeps its
     * page, and leaves lists and search.
     */
    public enum Status { DRAFT, FILED, SELECTED, WON, NOT_FUNDED, MERGED }

    /** The statuses of a project that was on the ballot: before the results, funded, or not funded. */
    static final List<Status> ON_BALLOT = List.of(Status.SELECTED, Status.WON, Status.NOT_FUNDED);

    /** The pseudonym an erased author's projects keep. */
    static final String ANONYMOUS = "anonyme";

    @Id
    @SequenceGenerator(name = "budget_seq", sequenceName = "budget_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_seq")
    private Long id;
    @Column(name = "component_id")
    private long componentId;
    @Column(name = "space_id")
    private long spaceId;
    @Column(name = "author_id")
    private long authorId;
    private String author;
    private String title;
    /** Sanitised HTML ({@link RichText}). */
    private String description;
    private String category;
    private String envelope;
    private long cost;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "filed_at")
    private Instant filedAt;
    @Column(name = "from_idea")
    private String fromIdea;
    private String directorate;
    private Boolean admissible;
    @Column(name = "admissible_reason")
    private String admissibleReason;
    private Boolean feasible;
    @Column(name = "feasible_reason")
    private String feasibleReason;
    @Column(name = "city_cost")
    private Long cityCost;
    @Enumerated(EnumType.STRING)
    private Study.Opinion opinion;
    private String justification;
    @Column(name = "studied_at")
    private Instant studiedAt;
    private boolean popular;
    @Column(name = "merged_into")
    private Long mergedInto;
    private String address;
    private Double latitude;
    private Double longitude;
    @Version
    private int version;

    protected Project() {
    }

    Project(long componentId, long spaceId, long authorId, String author, ProjectInput input, Status status,
            String fromIdea, String directorate, Instant now) {
        this.componentId = componentId;
        this.spaceId = spaceId;
        this.authorId = authorId;
        this.author = author;
        this.title = input.title();
        this.description = input.description();
        this.category = input.category();
        this.envelope = input.envelope();
        this.cost = input.cost();
        this.address = input.address();
        this.latitude = input.latitude();
        this.longitude = input.longitude();
        this.status = status;
        this.fromIdea = fromIdea;
        this.directorate = directorate;
        this.filedAt = now;
    }

    /** The author completes their project: only while it is a draft or filed and not yet studied. */
    void edit(ProjectInput input, String directorate) {
        title = input.title();
        description = input.description();
        category = input.category();
        envelope = input.envelope();
        cost = input.cost();
        address = input.address();
        latitude = input.latitude();
        longitude = input.longitude();
        this.directorate = directorate;
    }

    /** Records the directorate's study; true when its opinion changed, which the author is told. */
    boolean study(Study study, Instant now) {
        boolean newOpinion = study.opinion() != opinion || (opinion != null && !java.util.Objects.equals(study.justification(), justification));
        admissible = study.admissible();
        admissibleReason = study.admissibleReason();
        feasible = study.feasible();
        feasibleReason = study.feasibleReason();
        cityCost = study.cityCost();
        opinion = study.opinion();
        justification = study.justification();
        studiedAt = now;
        return newOpinion && opinion != null;
    }

    Study getStudy() {
        return new Study(admissible, admissibleReason, feasible, feasibleReason, cityCost, opinion, justification);
    }

    /** Marks the project as in a popular neighbourhood, which the budget's reserve funds first. */
    void markPopular(boolean popular) {
        this.popular = popular;
    }

    void assignTo(String directorate) {
        this.directorate = directorate;
    }

    void moveTo(Status next) {
        status = next;
    }

    /** Only a filed project can be merged: drafts are their author's, the ballot is frozen, a merged one is gone. */
    boolean mergeable() {
        return status == Status.FILED;
    }

    void mergeInto(long target) {
        if (!mergeable()) {
            throw new IllegalStateException("project " + id + " is " + status);
        }
        status = Status.MERGED;
        mergedInto = target;
    }

    void anonymise() {
        author = ANONYMOUS;
    }

    public Long getId() { return id; }
    public long getComponentId() { return componentId; }
    public long getSpaceId() { return spaceId; }
    public long getAuthorId() { return authorId; }
    public String getAuthor() { return author; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getCategory() { return category; }
    public String getEnvelope() { return envelope; }
    public long getCost() { return cost; }
    public Status getStatus() { return status; }
    public Instant getFiledAt() { return filedAt; }
    public String getFromIdea() { return fromIdea; }
    public String getDirectorate() { return directorate; }
    public Instant getStudiedAt() { return studiedAt; }

    /** What the project costs on the ballot and in the count: the city's estimate once studied, else its author's. */
    public long getVoteCost() {
        return cityCost != null ? cityCost : cost;
    }
    public boolean isPopular() { return popular; }
    public Long getMergedInto() { return mergedInto; }
    public String getAddress() { return address; }
    public Double getLatitude() { return latitude; }
    public Double getLongitude() { return longitude; }
    public int getVersion() { return version; }
}
