package org.civitas.ideabox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A scheme outside the platform an idea can be sent to (e.g. "Permis de végétaliser"), with its standard message. */
@Entity
@Table(name = "ideabox_scheme")
public class ExternalScheme {

    @Id
    @SequenceGenerator(name = "ideabox_seq", sequenceName = "ideabox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ideabox_seq")
    private Long id;
    @Column(name = "component_id")
    private long componentId;
    private String name;
    private String url;
    private String message;
    @Column(name = "message_en")
    private String messageEn;

    protected ExternalScheme() {
    }

    ExternalScheme(long componentId, String name, String url, String message, String messageEn) {
        this.componentId = componentId;
        edit(name, url, message, messageEn);
    }

    void edit(String name, String url, String message, String messageEn) {
        this.name = name;
        this.url = url;
        this.message = message;
        this.messageEn = messageEn;
    }

    public Long getId() { return id; }
    public long getComponentId() { return componentId; }
    public String getName() { return name; }
    public String getUrl() { return url; }
    public String getMessage() { return message; }
    public String getMessageEn() { return messageEn; }
}
