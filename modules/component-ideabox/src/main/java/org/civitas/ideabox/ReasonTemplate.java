package org.civitas.ideabox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A standard reason for "not admissible", edited by moderators, completed by free text at each decision. */
@Entity
@Table(name = "ideabox_reason")
public class ReasonTemplate {

    @Id
    @SequenceGenerator(name = "ideabox_seq", sequenceName = "ideabox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ideabox_seq")
    private Long id;
    @Column(name = "component_id")
    private long componentId;
    private String label;
    private String text;
    @Column(name = "label_en")
    private String labelEn;
    @Column(name = "text_en")
    private String textEn;

    protected ReasonTemplate() {
    }

    ReasonTemplate(long componentId, String label, String text, String labelEn, String textEn) {
        this.componentId = componentId;
        edit(label, text, labelEn, textEn);
    }

    void edit(String label, String text, String labelEn, String textEn) {
        this.label = label;
        this.text = text;
        this.labelEn = labelEn;
        this.textEn = textEn;
    }

    public Long getId() { return id; }
    public long getComponentId() { return componentId; }
    public String getLabel() { return label; }
    public String getText() { return text; }
    public String getLabelEn() { return labelEn; }
    public String getTextEn() { return textEn; }
}
