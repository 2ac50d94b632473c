package org.civitas.spi;

/**
 * Tells a citizen what happened to something they follow: a notice in the portal and an e-mail, both in the
 * citizen's language. Call it inside the transaction of the change, so that nothing is sent if it rolls back.
 */
public interface Notifier {

    /** @param path the portal page the notice links to, e.g. {@code /components/ideabox/idea.xhtml?id=42} */
    void notify(long citizenId, LocalizedText subject, LocalizedText body, String path);
}
