package org.civitas.consultation;

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
 * amendments are the sums of their kinds; unanswered proposals are those without any of the three answers.
 *
 * @param totals     every measure over the whole consultation, in a fixed order (zero when nothing was counted)
 * @param byDistrict the main measures for each district met, by code; the row without district comes last
 * @param byAgeBand  the main measures for each age band met, youngest first; the row without age band comes last
 */
public record Figures(Map<String, Long> totals, List<Row> byDistrict, List<Row> byAgeBand) {

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
    public record Row(String key, Map<String, Long> counts) {
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
        List<Row> rows = new ArrayList<>();
        given.forEach((k, row) -> rows.add(new Row(k, row)));
        if (notGiven != null) {
            rows.add(new Row(null, notGiven));
        }
        return rows;
    }

    /** A total, zero for a measure never counted. */
    public long total(String measure) {
        return Objects.requireNonNullElse(totals.get(measure), 0L);
    }
}
