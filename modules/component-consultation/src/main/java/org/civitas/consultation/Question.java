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

/** A question put with the text: open (answered by proposals) or closed (one of its options, once per person). */
@Entity
@Table(name = "consultation_question")
public class Question {

    public enum Kind { OPEN, CLOSED }

    @Id
    @SequenceGenerator(name = "consultation_seq", sequenceName = "consultation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_seq")
    private Long id;
    @Column(name = "consultation_id")
    private long consultationId;
    private int position;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String text;
    /** A closed question's options, one per line. */
    private String options;

    protected Question() {
    }

    Question(long consultationId, int position, Kind kind, String text, java.util.List<String> options) {
        this.consultationId = consultationId;
        this.position = position;
        edit(kind, text, options);
    }

    void edit(Kind kind, String text, java.util.List<String> options) {
        this.kind = kind;
        this.text = text;
        this.options = kind == Kind.CLOSED ? String.join("\n", options) : null;
    }

    void moveTo(int position) {
        this.position = position;
    }

    /** A closed question's options, in order; none for an open question. */
    public java.util.List<String> optionList() {
        return options == null || options.isEmpty() ? java.util.List.of() : java.util.List.of(options.split("\n"));
    }

    public Long getId() {
        return id;
    }

    public long getConsultationId() {
        return consultationId;
    }

    public int getPosition() {
        return position;
    }

    public Kind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getOptions() {
        return options;
    }
}
