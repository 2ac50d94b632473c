package org.civitas.consultation;

import java.time.Instant;
import java.util.List;

/** What the proposals' API and pages show beyond {@link Views.ProposalView}: records built by the services. */
public final class ProposalViews {

    private ProposalViews() {
    }

    /** One card of a list: the proposal, and whether moderation hides it (moderators alone see those). */
    public record Card(Views.ProposalView proposal, boolean hidden) {
    }

    /** A page of proposals: 20 a page, {@code total} across all pages. */
    public record ProposalList(List<Card> proposals, long total, int page, int pageSize, String sort) {
    }

    /**
     * A proposal's page: the proposal, where it applies, the page of the idea it came from, what the reader did
     * ({@code myStance} null when they have not voted), and what they may do ({@code editable}: its author, before
     * the first reaction; {@code open}: the proposal, the consultation and the phase take votes and comments now).
     */
    public record ProposalPage(Views.ProposalView proposal, boolean hidden, String address, Double latitude,
                               Double longitude, Instant publishedAt, String ideaPath, String myStance,
                               String myArgument, boolean following, boolean editable, boolean open) {
    }

    /** A vote's argument, shown for, against or mixed; {@code supported}: the reader said "d'accord". */
    public record ArgumentView(long id, String voter, String stance, String argument, int supports, boolean supported,
                               boolean mine, boolean hidden, Instant at) {
    }

    /** The arguments, for (agree), against (disagree) and mixed, most supported first. */
    public record Arguments(List<ArgumentView> agree, List<ArgumentView> disagree, List<ArgumentView> mixed) {
    }

    /** A comment with its replies (one level); a deleted one keeps its place without its words. */
    public record CommentView(long id, Long parentId, String author, String body, int supports, boolean supported,
                              boolean mine, boolean deleted, boolean hidden, Instant writtenAt, Instant editedAt,
                              List<CommentView> replies) {
    }

    /** The reader's own vote. */
    public record VoteView(long id, long proposalId, String stance, String argument, Views.ProposalView proposal) {
    }
}
