package org.civitas.budget;

import java.time.Instant;
import java.util.List;

/** What the REST API and the pages show of the budget. */
public final class Views {

    private Views() {
    }

    public record ProjectView(long id, long componentId, String title, String description, String category,
                              String envelope, long cost, String status, String author, Instant filedAt,
                              boolean mine, int version) {
        static ProjectView of(Project p, long viewerId) {
            return new ProjectView(p.getId(), p.getComponentId(), p.getTitle(), p.getDescription(), p.getCategory(),
                    p.getEnvelope(), p.getCost(), p.getStatus().name(), p.getAuthor(), p.getFiledAt(),
                    p.getAuthorId() == viewerId, p.getVersion());
        }
    }

    public record ProjectList(List<ProjectView> projects, long total, int page, int size) {
    }

    /**
     * An envelope's ballot paper: the projects on it, the rule (at most {@code maxPicks}, and within
     * {@code amount} when {@code withinAmount}), and the voter's receipt when they have already voted.
     */
    public record BallotPaper(String envelope, List<ProjectView> projects, int maxPicks, boolean withinAmount,
                              long amount, Receipt receipt) {
    }

    /** A cast ballot as its voter sees it: the receipt code to keep, and the choices. */
    public record Receipt(String envelope, String receipt, List<Long> projects, Instant castAt) {
    }

    /**
     * One envelope's count: votes per project, the winners under the rule chosen before the vote, and, only for
     * comparison, what the other rule would have funded.
     */
    public record EnvelopeResult(String envelope, long amount, String rule, long ballots, long spent,
                                 List<Count> counts, List<Long> winners, Comparison comparison) {
    }

    public record Count(long project, String title, String category, long cost, long votes) {
    }

    /** What the rule not chosen ({@code greedy} or {@code equal-shares}) would have funded: a comparison, not the result. */
    public record Comparison(String rule, long spent, List<Long> wouldHaveFunded) {
    }

    /** One envelope's published results as open data: projects, votes and winners; voters are only counted. */
    public record OpenEnvelope(String envelope, long amount, String currency, String rule, long spent, long voters,
                               List<OpenProject> projects, Comparison comparison) {
        static OpenEnvelope of(EnvelopeResult result) {
            return new OpenEnvelope(result.envelope(), result.amount(), "EUR", result.rule(), result.spent(),
                    result.ballots(), result.counts().stream().map(c -> new OpenProject(c.project(), c.title(),
                    c.category(), c.cost(), c.votes(), result.winners().contains(c.project()))).toList(),
                    result.comparison());
        }
    }

    public record OpenProject(long id, String title, String category, long cost, long votes, boolean funded) {
    }

    /** What an import wrote: the projects (and how many the file says were funded) and the anonymous ballots. */
    public record Imported(String envelope, int projects, int funded, int ballots) {
    }
}
