package org.civitas.budget;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the REST API and the pages show of the budget. */
public final class Views {

    private Views() {
    }

    /**
     * A project: {@code author} filed it, {@code authors} are everyone credited (the filer first, then the
     * authors of projects merged into it); {@code mine} when the viewer is one of them. A MERGED project names
     * the project it now lives in ({@code mergedInto}, the end of its chain of merges). {@code study} appears once
     * the directorate has given its opinion. {@code description} is sanitised HTML. The place ({@code address},
     * {@code latitude}, {@code longitude}) and the {@code photo} are optional; {@code popular} when it is in a popular
     * neighbourhood.
     */
    public record ProjectView(long id, long componentId, String title, String description, String category,
                              String envelope, long cost, String status, String author, List<String> authors,
                              Instant filedAt, boolean mine, Long mergedInto, String mergedIntoTitle, int version,
                              Study study, String address, Double latitude, Double longitude, Photo photo,
                              boolean popular) {
    }

    /** A project's photo, as re-encoded by the server ({@code size} in bytes), with its text alternative. */
    public record Photo(String mediaType, int width, int height, long size, String alt, Instant uploadedAt) {
    }

    /** A funded project's map point, for the winners' map. */
    public record Spot(long id, String title, double latitude, double longitude) {
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

    /** A line of the study table: the project, its directorate, and the study so far ({@code version} guards edits). */
    public record StudyRow(long id, String title, String category, String envelope, long cost, String status,
                           String directorate, boolean popular, Study study, Instant studiedAt, int version) {
        static StudyRow of(Project p) {
            return new StudyRow(p.getId(), p.getTitle(), p.getCategory(), p.getEnvelope(), p.getCost(),
                    p.getStatus().name(), p.getDirectorate(), p.isPopular(), p.getStudy(), p.getStudiedAt(), p.getVersion());
        }
    }

    public record ProjectList(List<ProjectView> projects, long total, int page, int size) {
    }

    /**
     * An envelope's ballot paper: the projects on it, the rule (at most {@code maxPicks}, within {@code amount}
     * when {@code withinAmount}, at most {@code perCategory} per category when above zero), and the voter's receipt
     * when they have already voted, with whether they may still change their ballot.
     */
    public record BallotPaper(String envelope, List<ProjectView> projects, int maxPicks, boolean withinAmount,
                              long amount, int perCategory, Receipt receipt, boolean changeable) {
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

    /** Voters in all, and per envelope, per declared district ("none" when none) and per age band. */
    public record Turnout(long voters, Map<String, Long> byEnvelope, Map<String, Long> byDistrict, Map<String, Long> byAgeBand) {
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
