package org.civitas.ideabox;

import java.util.Locale;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the idea box shows, to the REST API and the portal: records, never entities. */
public final class Views {

    private Views() {
    }

    /** An idea's page. {@code version} is what a moderator's decision carries. */
    public record IdeaView(long id, long componentId, String title, String body, String category, String district,
                           String address, Double latitude, Double longitude, Status status, String author,
                           List<String> credited, int supports, boolean supportedByMe, boolean followedByMe,
                           boolean mine, Instant filedAt, Long duplicateOf, String redirectLabel, String redirectLink,
                           int version, List<StepView> history, List<CommentView> comments, boolean hiddenByModeration) {
    }

    /** {@code messageEn} is set when the platform wrote the message in both languages; else null. */
    public record StepView(Instant at, Step.Kind kind, Status status, String message, String messageEn, String link,
                           String linkLabel) {
        public String message(Locale locale) {
            return "en".equals(locale.getLanguage()) && messageEn != null ? messageEn : message;
        }
    }

    /**
     * A comment and its replies (one level deep: a reply has none); {@code hidden} only ever true for moderators,
     * who still see what reports hid; {@code editedAt} when its author changed it; {@code changeable}: the viewer
     * may still change or delete it.
     */
    public record CommentView(long id, String author, String body, Instant at, boolean mine, boolean hidden,
                              Instant editedAt, boolean changeable, List<CommentView> replies) {
    }

    /** A line of the public list and of the map. */
    public record IdeaSummary(long id, String title, String excerpt, String category, String district, Status status,
                              int supports, Instant filedAt, Double latitude, Double longitude) {
    }

    public record IdeaList(List<IdeaSummary> ideas, long total, int page, int pageSize) {
    }

    /** A line of the moderators' queue, with the idea's age against the target response time. */
    /** A line of the triage queue; {@code hidden}: reports hid the idea pending a moderator's decision. */
    public record QueueItem(long id, int version, long componentId, String box, String title, String excerpt,
                            String category, String district, Status status, String author, Instant filedAt,
                            long ageDays, boolean overdue, String assignee, boolean assignedToMe, int supports,
                            int reports, boolean hidden) {
    }

    /** The queue; {@code responseDays}: the box's target response time, null across several boxes (each has its own). */
    public record Queue(List<QueueItem> items, long total, Integer responseDays) {
    }

    public record BulkOutcome(long id, boolean decided, String error, String message) {
    }

    public record Week(LocalDate start, long ideas) {
    }

    /** For the participation team. {@code medianHoursToFirstDecision} is null until an idea is decided. */
    public record Stats(List<Week> ideasPerWeek, Double medianHoursToFirstDecision, Map<String, Long> decisionsByType,
                        Map<String, Long> redirectsByTarget, long waiting, long overdue) {
    }

    /** A standard reason; its English words are null when none were written (readers of English then see the French). */
    public record Reason(long id, String label, String text, String labelEn, String textEn) {
    }

    public record Scheme(long id, String name, String url, String message, String messageEn) {
    }

    public record Destination(long componentId, String label) {
    }

    /** A note for moderators and the assigned agent only. */
    public record NoteView(long id, String author, String text, Instant at) {
    }

    /** A directorate agent an idea can be assigned to. */
    public record Agent(long id, String pseudonym, String directorate) {
    }
}
