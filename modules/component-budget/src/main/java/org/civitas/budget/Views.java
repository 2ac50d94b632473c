package org.civitas.budget;

import java.time.Instant;
import java.util.List;

/** What the REST API and the pages show of the budget. */
public final class Views {

    private Views() {
    }

    /**
     * A project: {@code author} filed it, {@code authors} are everyone credited (the filer first, then the
     * authors of projects merged into it); {@code mine} when the viewer is one of them. A MERGED project names
     * the project it now lives in ({@code mergedInto}, the end of its chain of merges).
     */
    public record ProjectView(long id, long componentId, String title, String description, String category,
                              String envelope, long cost, String status, String author, List<String> authors,
                              Instant filedAt, boolean mine, Long mergedInto, String mergedIntoTitle, int version) {
    }

    /** A project's page: the project, its public history (oldest first), and whether the viewer follows it. */
    public record ProjectPage(ProjectView project, List<Event> history, boolean following) {
    }

    /** One step of a project's history; {@code related} is the other project of a merge. */
    public record Event(Instant at, String kind, String detail, Long related, String relatedTitle) {
    }

    /** Whether the caller follows the project now. */
    public record Following(long project, boolean following) {
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

    /** One envelope's count: votes per project, and the winners under the rule chosen before the vote. */
    public record EnvelopeResult(String envelope, long amount, String rule, long ballots, long spent,
                                 List<Count> counts, List<Long> winners) {
    }

    public record Count(long project, String title, long cost, long votes) {
    }
}
