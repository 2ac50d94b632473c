package org.civitas.consultation;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The synthesis's figures, computed from counts the database grouped by measure, district and age band. A count's
 * district or age band is null when the participant had not given it ("non renseigné"). Totals of votes and
 * amendments are the sums of their kinds; unanswered proposals are those without any of the three answers. The
 * breakdowns by district and age band publish a count below {@link #SMALL} as "fewer than 5" (suppressed), for
 * everyone who reads them, the directorate included; the totals stay exact.
 *
 * @param totals     every measure over the whole consultation, in a fixed order (zero when nothing was counted)
 * @param byDistrict the main measures for each district met, by code; the row without district comes last
 * @param byAgeBand  the main measures for each age band met, youngest first; the row without age band comes last
 */
public record Figures(Map<String, Long> totals, List<Row> byDistrict, List<Row> byAgeBand) {

    /**
     * The smallest count a breakdown publishes. Fewer people than this in one district or age band could be named:
     * one comment counted in 75013, next to the one comment the site shows signed "Mei C.", tells her district and
     * her age band. Five is the usual floor of small-cell rules in published statistics; a zero is suppressed too,
     * so that "fewer than 5" never narrows down to "one or more".
     */
    public static final int SMALL = 5;
    /** The row that pools the districts or age bands with fewer than {@link #SMALL} participants each. */
    public static final String OTHERS = "others";

    /** The measures shown by district and age band. */
    public static final List<String> MAIN = List.of("participants", "proposals", "votes", "arguments", "amendments", "comments");
    static final List<String> STANCES = List.of("votes.agree", "votes.mixed", "votes.disagree");
    static final List<String> AMENDMENT_STATES = List.of("amendments.evaluating", "amendments.accepted",
            "amendments.rejected", "amendments.withdrawn", "amendments.outdated");
    static final List<String> ANSWERS = List.of("answers.accepted", "answers.rejected", "answers.considered",
            "answers.unanswered");

    /** One count read from the database: {@code measure} is a main measure or one of its kinds ({@code votes.agree}). */
    public record Count(String measure, String district, String ageBand, long count) {
    }

    /** One row of a table: {@code key} is the district's code or the age band, null for "not given". */
    public record Row(String key, Map<String, Cell> counts) {
    }

    /** A published count: null and {@code suppressed} when below {@link #SMALL}. */
    public record Cell(@JsonbNillable Long count, boolean suppressed) {

        static Cell of(long count) {
            return count < SMALL ? new Cell(null, true) : new Cell(count, false);
        }
    }

    public static Figures of(List<Count> counts) {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String measure : order()) {
            totals.put(measure, 0L);
        }
        for (Count c : counts) {
            totals.merge(c.measure(), c.count(), Long::sum);
            if (c.measure().startsWith("votes.") || c.measure().startsWith("amendments.")) {
                totals.merge(main(c.measure()), c.count(), Long::sum);
            }
        }
        long answered = ANSWERS.stream().filter(a -> !a.equals("answers.unanswered")).mapToLong(totals::get).sum();
        totals.put("answers.unanswered", Math.max(0, totals.get("proposals") - answered));
        totals.keySet().retainAll(order());
        Comparator<String> bands = Comparator.comparingInt(b -> {
            int i = Participant.AGE_BANDS.indexOf(b);
            return i < 0 ? Participant.AGE_BANDS.size() : i;
        });
        return new Figures(totals, rows(counts, Count::district, Comparator.naturalOrder()),
                rows(counts, Count::ageBand, bands.thenComparing(Comparator.naturalOrder())));
    }

    private static List<String> order() {
        List<String> order = new ArrayList<>(MAIN);
        order.addAll(STANCES);
        order.addAll(AMENDMENT_STATES);
        order.addAll(ANSWERS);
        return order;
    }

    /** {@code votes} for {@code votes.agree}; a main measure for itself. */
    private static String main(String measure) {
        int dot = measure.indexOf('.');
        return dot < 0 ? measure : measure.substring(0, dot);
    }

    private static List<Row> rows(List<Count> counts, java.util.function.Function<Count, String> key, Comparator<String> order) {
        Map<String, Map<String, Long>> given = new TreeMap<>(order);
        Map<String, Long> notGiven = null;
        for (Count c : counts) {
            String measure = main(c.measure());
            if (!MAIN.contains(measure)) {
                continue;
            }
            String k = key.apply(c);
            Map<String, Long> row = k == null ? notGiven : given.get(k);
            if (row == null) {
                row = new LinkedHashMap<>();
                for (String m : MAIN) {
                    row.put(m, 0L);
                }
                if (k == null) {
                    notGiven = row;
                } else {
                    given.put(k, row);
                }
            }
            row.merge(measure, c.count(), Long::sum);
        }
        // A district or band with fewer than SMALL participants would tell where its few people live (or how old
        // they are) just by being listed: such groups are pooled into one row of other groups (key OTHERS).
        List<Row> rows = new ArrayList<>();
        Map<String, Long> pooled = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Long>> group : given.entrySet()) {
            if (group.getValue().get("participants") >= SMALL) {
                rows.add(published(group.getKey(), group.getValue()));
            } else {
                group.getValue().forEach((measure, count) -> pooled.merge(measure, count, Long::sum));
            }
        }
        if (!pooled.isEmpty()) {
            rows.add(published(OTHERS, pooled));
        }
        if (notGiven != null) {
            rows.add(published(null, notGiven));
        }
        return rows;
    }

    private static Row published(String key, Map<String, Long> counts) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        counts.forEach((measure, count) -> cells.put(measure, Cell.of(count)));
        return new Row(key, cells);
    }

    /** A total, zero for a measure never counted. */
    public long total(String measure) {
        return Objects.requireNonNullElse(totals.get(measure), 0L);
    }
}
