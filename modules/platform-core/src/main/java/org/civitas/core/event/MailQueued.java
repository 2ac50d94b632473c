package org.civitas.core.event;

import org.civitas.spi.DomainEvent;

/**
 * An e-mail waiting in {@code core_mail}, to send once the transaction that queued it has committed. It
 * carries only the row's id: no address, no text, no token, since events go to Kafka and stay in the outbox.
 */
public record MailQueued(long mailId) implements DomainEvent {
    @Override
    public String component() {
        return "core";
    }

    @Override
    public String aggregateId() {
        return Long.toString(mailId);
    }

    /** Version 1 carried the recipient's address and the mail's text. */
    @Override
    public int version() {
        return 2;
    }
}
