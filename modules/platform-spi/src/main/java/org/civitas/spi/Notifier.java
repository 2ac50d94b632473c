package org.civitas.spi;

/**
 * Tells a citizen what happened to something they follow: a notice in the portal and an e-mail, both in the
 * citizen's language. Call it inside the transaction of the change, so that nothing is sent if it rolls back.
 * Each citizen chooses which kinds they are told of, and whether e-mails come at once or as a daily or weekly
 * digest.
 */
public interface Notifier {

    /** What a notice is about: the kinds a citizen switches on or off in their notification settings. */
    enum Kind {
        /** What became of something the citizen filed (an idea's decision, a project's study, a merge). */
        CONTRIBUTION,
        /** News of something the citizen follows or supports without being its author. */
        FOLLOWED,
        /** The receipt of a ballot the citizen cast or changed. */
        BALLOT
    }

    /** @param path the portal page the notice links to, e.g. {@code /components/ideabox/idea.xhtml?id=42} */
    void notify(long citizenId, Kind kind, LocalizedText subject, LocalizedText body, String path);
}
