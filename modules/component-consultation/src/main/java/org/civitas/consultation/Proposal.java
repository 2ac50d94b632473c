package org.civitas.consultation;

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

/** A citizen's proposal under a section, a question, or the consultation as a whole. */
@Entity
@Table(name = "consultation_proposal")
public class Proposal {

    /** A DRAFT is its author's alone; a WITHDRAWN proposal stays readable, closed to reactions. */
    public enum Status { DRAFT, PUBLISHED, WITHDRAWN }

    /** The city's answer after closing. */
    public enum Answer { ACCEPTED, REJECTED, CONSIDERED }

    /** The pseudonym an erased author's contributions keep. */
    public static final String ANONYMOUS = "anonyme";

    /** The id reports and search know a proposal by. */
    public static String contributionId(long id) {
        return "proposal-" + id;
    }

    @Id
    @SequenceGenerator(name = "consultation_seq", sequenceName = "consultation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_seq")
    private Long id;
    @Column(name = "consultation_id")
    private long consultationId;
    @Column(name = "component_id")
    private long componentId;
    @Column(name = "space_id")
    private long spaceId;
    @Column(name = "section_id")
    private Long sectionId;
    @Column(name = "question_id")
    private Long questionId;
    @Column(name = "author_id")
    private long authorId;
    private String author;
    private String title;
    /** Sanitised HTML ({@link RichText}). */
    private String body;
    /** 1, then one more per accepted amendment; earlier words are kept as revisions. */
    private int revision;
    private String address;
    private Double latitude;
    private Double longitude;
    private String district;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "from_idea")
    private String fromIdea;
    @Column(name = "from_amendment")
    private Long fromAmendment;
    /** The page of the idea it was drafted from, to link back to it. */
    @Column(name = "idea_path")
    private String ideaPath;
    @Enumerated(EnumType.STRING)
    private Answer answer;
    @Column(name = "answer_text")
    private String answerText;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "agree_count")
    private int agreeCount;
    @Column(name = "mixed_count")
    private int mixedCount;
    @Column(name = "disagree_count")
    private int disagreeCount;
    @Column(name = "argument_count")
    private int argumentCount;
    @Column(name = "amendment_count")
    private int amendmentCount;
    @Column(name = "comment_count")
    private int commentCount;
    @Version
    private int version;

    @Column(name = "participant_district")
    private String participantDistrict;
    @Column(name = "age_band")
    private String ageBand;

    protected Proposal() {
    }

    Proposal(Consultation consultation, Long sectionId, Long questionId, long authorId, String author, String title,
             String body, Status status, Instant now) {
        this.consultationId = consultation.getId();
        this.componentId = consultation.getComponentId();
        this.spaceId = consultation.getSpaceId();
        this.sectionId = sectionId;
        this.questionId = questionId;
        this.authorId = authorId;
        this.author = author;
        this.title = title;
        this.body = body;
        this.revision = 1;
        this.status = status;
        this.createdAt = now;
        this.publishedAt = status == Status.PUBLISHED ? now : null;
    }

    void place(String address, Double latitude, Double longitude, String district) {
        this.address = address;
        this.latitude = latitude;
        this.longitude = longitude;
        this.district = district;
    }

    void edit(String title, String body) {
        this.title = title;
        this.body = body;
    }

    void publish(Instant now) {
        status = Status.PUBLISHED;
        publishedAt = now;
    }

    void withdraw() {
        status = Status.WITHDRAWN;
    }

    void linkIdea(String idea) {
        fromIdea = idea;
    }

    /** The idea's page, when the idea box gave one a proposal can link to. */
    void ideaAt(String path) {
        ideaPath = path != null && path.startsWith("/") && path.length() <= 300 ? path : null;
    }

    void promotedFrom(long amendment) {
        fromAmendment = amendment;
    }

    /** An accepted amendment's words become the proposal's next revision. */
    void amend(String title, String body) {
        this.title = title;
        this.body = body;
        this.revision++;
    }

    void answer(Answer answer, String text, Instant now) {
        this.answer = answer;
        this.answerText = text;
        this.answeredAt = now;
    }

    void anonymise() {
        author = ANONYMOUS;
    }

    /** Whether people may vote, argue and comment on it: published and not withdrawn. */
    public boolean isOpenToReactions() {
        return status == Status.PUBLISHED;
    }

    /**
     * A vote cast, changed or taken back moves the counters from what it was to what it is: {@code from} is null
     * for a new vote, {@code to} null for none; {@code argued} says whether it counts as an argument (it has words
     * and moderation does not hide them).
     */
    void voteMoved(Vote.Stance from, boolean fromArgued, Vote.Stance to, boolean toArgued) {
        if (from != null) {
            count(from, -1);
        }
        if (to != null) {
            count(to, 1);
        }
        argumentCount += (toArgued ? 1 : 0) - (fromArgued ? 1 : 0);
    }

    private void count(Vote.Stance stance, int delta) {
        switch (stance) {
            case AGREE -> agreeCount += delta;
            case MIXED -> mixedCount += delta;
            case DISAGREE -> disagreeCount += delta;
        }
    }

    /** A comment written ({@code +1}) or deleted ({@code -1}); hidden ones are not counted. */
    void commentsCounted(int delta) {
        commentCount += delta;
    }

    /** The counters as recounted from the rows moderation does not hide. */
    void recounted(int agree, int mixed, int disagree, int arguments, int comments) {
        agreeCount = agree;
        mixedCount = mixed;
        disagreeCount = disagree;
        argumentCount = arguments;
        commentCount = comments;
    }

    public Long getId() {
        return id;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public long getComponentId() {
        return componentId;
    }

    public long getSpaceId() {
        return spaceId;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public int getRevision() {
        return revision;
    }

    public String getAddress() {
        return address;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public String getDistrict() {
        return district;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getFromIdea() {
        return fromIdea;
    }

    public String getIdeaPath() {
        return ideaPath;
    }

    public Long getFromAmendment() {
        return fromAmendment;
    }

    public Answer getAnswer() {
        return answer;
    }

    public String getAnswerText() {
        return answerText;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public int getAgreeCount() {
        return agreeCount;
    }

    public int getMixedCount() {
        return mixedCount;
    }

    public int getDisagreeCount() {
        return disagreeCount;
    }

    public int getArgumentCount() {
        return argumentCount;
    }

    public int getAmendmentCount() {
        return amendmentCount;
    }

    public int getCommentCount() {
        return commentCount;
    }

    public int getVersion() {
        return version;
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
