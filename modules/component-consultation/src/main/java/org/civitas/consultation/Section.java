package org.civitas.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A section of a consultation's text (an article, a paragraph): its identity across versions. */
@Entity
@Table(name = "consultation_section")
public class Section {

    @Id
    @SequenceGenerator(name = "consultation_seq", sequenceName = "consultation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultation_seq")
    private Long id;
    @Column(name = "consultation_id")
    private long consultationId;

    protected Section() {
    }

    Section(long consultationId) {
        this.consultationId = consultationId;
    }

    public Long getId() {
        return id;
    }

    public long getConsultationId() {
        return consultationId;
    }
}
