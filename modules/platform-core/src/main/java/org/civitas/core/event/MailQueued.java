package org.civitas.core.event;

import org.civitas.spi.DomainEvent;

/** An e-mail to send once the transaction that asked for it has committed. */
public record MailQueued(String recipientId, String to, String subject, String body) implements DomainEvent {
    @Override
    public String component() {
        return "core";
    }

    @Override
    public String aggregateId() {
        return recipientId;
    }
}
