package org.civitas.consultation;

import java.util.Locale;
import org.civitas.spi.Refusal;

/**
 * How a list of proposals is sorted, as its SQL {@code ORDER BY} over {@code consultation_proposal p}; every order
 * ends on the id, so that pages never overlap.
 */
enum ProposalOrder {
    /** Most agreed with first. */
    SUPPORTED("p.agree_count DESC, p.id DESC"),
    /** Most discussed first: comments and arguments together. */
    DISCUSSED("(p.comment_count + p.argument_count) DESC, p.id DESC"),
    /**
     * Most divisive first: the proposal whose smaller camp is the larger (min(agree, disagree)), so that only a
     * proposal both agreed and disagreed with ranks high; among equals, the one more people voted on.
     */
    DIVISIVE("LEAST(p.agree_count, p.disagree_count) DESC, (p.agree_count + p.mixed_count + p.disagree_count) DESC, p.id DESC"),
    /** Newest first. */
    RECENT("p.published_at DESC, p.id DESC"),
    /** Shuffled, the same way for one reader on every page: by a hash of the reader's seed and the id. */
    RANDOM("md5(CAST(?9 AS VARCHAR) || '-' || CAST(p.id AS VARCHAR)), p.id");

    final String sql;

    ProposalOrder(String sql) {
        this.sql = sql;
    }

    /** The order named in a request ({@code supported}, {@code discussed}…); recent when none is named. */
    static ProposalOrder named(String name) {
        if (name == null || name.isBlank()) {
            return RECENT;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "proposal.sort");
        }
    }

    /**
     * The shuffle's seed: a signed-in reader's account, so their order is theirs on every visit; otherwise what their
     * session was given (a number), so that paging through keeps the order without a cookie of its own.
     */
    static long seed(Long viewerId, long sessionSeed) {
        return viewerId != null ? viewerId : sessionSeed;
    }
}
