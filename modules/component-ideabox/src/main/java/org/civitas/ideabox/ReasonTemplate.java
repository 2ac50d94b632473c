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

    protected ReasonTemplate() {
    }

    ReasonTemplate(long componentId, String label, String text) {
        this.componentId = componentId;
        edit(label, text);
    }

    void edit(String label, String text) {
        this.label = label;
        this.text = text;
    }

    public Long getId() { return id; }
    public long getComponentId() { return componentId; }
    public String getLabel() { return label; }
    public String getText() { return text; }
}
