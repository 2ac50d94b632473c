package org.civitas.ideabox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an idea's public history. It never names the moderator who decided. */
@Entity
@Table(name = "ideabox_step")
public class Step {

    /** What happened; the portal shows each in the reader's language. */
    public enum Kind {
        FILED, REVIEW, ADMISSIBLE, NOT_ADMISSIBLE, DUPLICATE, MERGED, INFORMATION_REQUESTED, ANSWERED, REDIRECTED,
        /** What became of a redirected idea in its target. */
        PROGRESS,
        /** Its author changed its text or place while it was waiting. */
        EDITED,
        WITHDRAWN;

        /** A moderator's decision, as counted in the statistics and for the time to first decision. */
        public boolean isDecision() {
            return this != FILED && this != ANSWERED && this != MERGED && this != PROGRESS && this != EDITED
                    && this != WITHDRAWN;
        }
    }

    @Id
    @SequenceGenerator(name = "ideabox_seq", sequenceName = "ideabox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ideabox_seq")
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "idea_id")
    private Idea idea;
    private Instant at;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String message;
    @Column(name = "message_en")
    private String messageEn;
    private String link;
    @Column(name = "link_label")
    private String linkLabel;

    protected Step() {
    }

    Step(Idea idea, Kind kind, Status status, String message, String link, String linkLabel, Instant at) {
        this(idea, kind, status, message, null, link, linkLabel, at);
    }

    /** @param messageEn the English text of a message the platform wrote in both languages */
    Step(Idea idea, Kind kind, Status status, String message, String messageEn, String link, String linkLabel,
         Instant at) {
        this.idea = idea;
        this.kind = kind;
        this.status = status;
        this.message = message;
        this.messageEn = messageEn;
        this.link = link;
        this.linkLabel = linkLabel;
        this.at = at;
    }

    void linkTo(String link, String linkLabel) {
        this.link = link;
        this.linkLabel = linkLabel;
    }

    public Instant getAt() { return at; }
    public Kind getKind() { return kind; }
    public Status getStatus() { return status; }
    public String getMessage() { return message; }
    public String getMessageEn() { return messageEn; }
    public String getLink() { return link; }
    public String getLinkLabel() { return linkLabel; }
}
