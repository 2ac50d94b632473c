package org.civitas.ideabox;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.civitas.spi.LocalizedText;

/** An idea filed in the box, with its public history. */
@Entity
@Table(name = "ideabox_idea")
public class Idea {

    /** The pseudonym an erased author's ideas and comments keep. */
    static final String ANONYMOUS = "anonyme";

    @Id
    @SequenceGenerator(name = "ideabox_seq", sequenceName = "ideabox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ideabox_seq")
    private Long id;
    @Column(name = "component_id")
    private long componentId;
    @Column(name = "space_id")
    private long spaceId;
    @Column(name = "author_id")
    private long authorId;
    @Column(name = "author_pseudonym")
    private String authorPseudonym;
    private String title;
    private String body;
    private String category;
    private String district;
    private String address;
    private Double latitude;
    private Double longitude;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "duplicate_of")
    private Long duplicateOf;
    @Column(name = "redirect_label")
    private String redirectLabel;
    @Column(name = "redirect_link")
    private String redirectLink;
    @Column(name = "redirect_component_id")
    private Long redirectComponentId;
    @Column(name = "redirect_draft_id")
    private String redirectDraftId;
    @Column(name = "assignee_id")
    private Long assigneeId;
    @Column(name = "assignee_pseudonym")
    private String assigneePseudonym;
    private int supports;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "first_decision_at")
    private Instant firstDecisionAt;
    @Version
    private int version;
    @OneToMany(mappedBy = "idea", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at ASC, id ASC")
    private List<Step> steps = new ArrayList<>();

    protected Idea() {
    }

    Idea(long componentId, long spaceId, long authorId, String authorPseudonym, IdeaInput input, Instant now) {
        this.componentId = componentId;
        this.spaceId = spaceId;
        this.authorId = authorId;
        this.authorPseudonym = authorPseudonym;
        this.createdAt = now;
        this.status = Status.DRAFT;
        edit(input);
    }

    void edit(IdeaInput input) {
        this.title = input.title();
        this.body = input.body();
        this.category = input.category();
        this.district = input.district();
        this.address = input.address();
        this.latitude = input.latitude();
        this.longitude = input.longitude();
    }

    void submit(Instant now) {
        this.submittedAt = now;
        moveTo(Status.RECEIVED, Step.Kind.FILED, null, null, null, now);
    }

    /** Its author changes a filed idea: the history says it changed, so that readers know what they supported. */
    void revise(IdeaInput input, Instant now) {
        edit(input);
        steps.add(new Step(this, Step.Kind.EDITED, status, null, null, null, now));
    }

    void withdraw(Instant now) {
        moveTo(Status.WITHDRAWN, Step.Kind.WITHDRAWN, null, null, null, now);
    }

    /** A change of status, with the public step that explains it. */
    void moveTo(Status next, Step.Kind kind, String message, String link, String linkLabel, Instant now) {
        moveTo(next, kind, message, null, link, linkLabel, now);
    }

    /** A decision; {@code messageEn}, when not null, is what readers of English see of the message. */
    void moveTo(Status next, Step.Kind kind, String message, String messageEn, String link, String linkLabel, Instant now) {
        if (kind.isDecision() && firstDecisionAt == null) {
            firstDecisionAt = now;
        }
        this.status = next;
        steps.add(messageEn == null ? new Step(this, kind, next, message, link, linkLabel, now)
                : new Step(this, kind, next, message, messageEn, link, linkLabel, now));
    }

    /** A step the platform writes, in both languages, without changing the status (a merged duplicate…). */
    void note(Step.Kind kind, LocalizedText message, String link, String linkLabel, Instant now) {
        steps.add(new Step(this, kind, status, message.fr(), message.en(), link, linkLabel, now));
    }

    /** The latest step: a redirect links it to the draft once the target has created it. */
    Step lastStep() {
        return steps.get(steps.size() - 1);
    }

    void markDuplicateOf(long originalId) {
        this.duplicateOf = originalId;
    }

    void redirected(String label, String link, Long componentId, String draftId) {
        this.redirectLabel = label;
        this.redirectLink = link;
        this.redirectComponentId = componentId;
        this.redirectDraftId = draftId;
    }

    void anonymiseAuthor() {
        this.authorPseudonym = ANONYMOUS;
    }

    public Long getId() { return id; }
    public long getComponentId() { return componentId; }
    public long getSpaceId() { return spaceId; }
    public long getAuthorId() { return authorId; }
    public String getAuthorPseudonym() { return authorPseudonym; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public String getCategory() { return category; }
    public String getDistrict() { return district; }
    public String getAddress() { return address; }
    public Double getLatitude() { return latitude; }
    public Double getLongitude() { return longitude; }
    public Status getStatus() { return status; }
    public Long getDuplicateOf() { return duplicateOf; }
    public String getRedirectLabel() { return redirectLabel; }
    public String getRedirectLink() { return redirectLink; }
    public String getRedirectDraftId() { return redirectDraftId; }
    public Long getAssigneeId() { return assigneeId; }
    public String getAssigneePseudonym() { return assigneePseudonym; }
    public int getSupports() { return supports; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getFirstDecisionAt() { return firstDecisionAt; }
    public int getVersion() { return version; }
    public List<Step> getSteps() { return steps; }
}
