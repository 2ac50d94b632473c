package org.civitas.budget.tally;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes the Pabulib {@code .pb} format (pabulib.org): a {@code META} section of {@code key;value}
 * rows, then {@code PROJECTS} and {@code VOTES}, each with a header row; {@code ;}-separated, CSV quoting,
 * decimal points in numbers. Columns the tally does not need ({@code latitude}, {@code age}…) are skipped.
 * Only approval ballots are kept: a vote is the comma-separated list of the projects it approves.
 */
public final class Pabulib {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setRecordSeparator('\n')
            .setIgnoreEmptyLines(true)
            .get();

    private enum Section { META, PROJECTS, VOTES }

    private Pabulib() {
    }

    public static Election read(Reader source) throws IOException {
        Map<String, String> meta = new LinkedHashMap<>();
        List<Project> projects = new ArrayList<>();
        Set<String> projectIds = new HashSet<>();
        List<List<String>> votes = new ArrayList<>();
        Set<Section> seen = new HashSet<>();
        Section section = null;
        Map<String, Integer> columns = null;
        try (CSVParser parser = CSVParser.builder().setReader(source).setFormat(FORMAT).get()) {
            long linesBefore = 0;
            for (CSVRecord row : parser) {
                // Where the row starts (the parser's own count may include the row's end, or not at the end of input).
                long line = linesBefore + 1;
                linesBefore = parser.getCurrentLineNumber();
                Section next = sectionNamed(row);
                if (next != null) {
                    if (!seen.add(next)) {
                        throw malformed(line, "a second " + next + " section");
                    }
                    section = next;
                    columns = null;
                    continue;
                }
                if (section == null) {
                    throw malformed(line, "a row before the META section");
                }
                if (columns == null) {
                    columns = header(row, section, line);
                    continue;
                }
                switch (section) {
                    case META -> meta.put(field(row, columns, "key"), field(row, columns, "value"));
                    case PROJECTS -> {
                        Project project = project(row, columns, line);
                        if (!projectIds.add(project.id())) {
                            throw malformed(line, "project " + project.id() + " listed twice");
                        }
                        projects.add(project);
                    }
                    case VOTES -> votes.add(approvals(row, columns, projectIds, line));
                }
            }
        } catch (UncheckedIOException e) {
            // Broken quoting (an unclosed quote) is the file's fault, not the disk's.
            if (e.getCause() instanceof org.apache.commons.csv.CSVException broken) {
                throw new PabulibFormatException(broken.getMessage());
            }
            throw e.getCause();
        } catch (IllegalStateException e) {
            // Commons CSV's word for broken quoting.
            throw new PabulibFormatException(e.getMessage());
        }
        for (Section required : Section.values()) {
            if (!seen.contains(required)) {
                throw new PabulibFormatException("no " + required + " section");
            }
        }
        String budget = meta.get("budget");
        if (budget == null) {
            throw new PabulibFormatException("META has no budget");
        }
        return new Election(meta, amount(budget, "budget", 0), meta.getOrDefault("rule", ""),
                length(meta, "min_length"), length(meta, "max_length"), projects,
                votes.stream().map(Ballot::new).toList());
    }

    /**
     * Writes the election back: META as read (with {@code budget}, {@code num_projects} and {@code num_votes}
     * as they are now), every project with {@code selected}, and the ballots under voter ids 1, 2, 3…
     */
    public static void write(Election election, Writer target) throws IOException {
        CSVPrinter out = new CSVPrinter(target, FORMAT);
        Map<String, String> meta = new LinkedHashMap<>(election.meta());
        meta.put("num_projects", Integer.toString(election.projects().size()));
        meta.put("num_votes", Integer.toString(election.ballots().size()));
        meta.put("budget", election.budget().toPlainString());
        out.printRecord("META");
        out.printRecord("key", "value");
        for (Map.Entry<String, String> entry : meta.entrySet()) {
            out.printRecord(entry.getKey(), entry.getValue());
        }
        Map<String, Integer> approvals = new HashMap<>();
        for (Ballot ballot : election.ballots()) {
            ballot.approved().forEach(id -> approvals.merge(id, 1, Integer::sum));
        }
        out.printRecord("PROJECTS");
        // The reserve's column only when the election has one, so other files keep Pabulib's usual columns.
        boolean reserve = election.projects().stream().anyMatch(Project::reserved);
        List<String> header = new ArrayList<>(List.of("project_id", "cost", "votes", "name", "category", "district", "selected"));
        if (reserve) {
            header.add("reserved");
        }
        out.printRecord(header);
        for (Project p : election.projects()) {
            int votes = p.votes() != null ? p.votes() : approvals.getOrDefault(p.id(), 0);
            List<Object> row = new ArrayList<>(List.of(p.id(), p.cost().toPlainString(), votes, p.name(), p.category(),
                    p.district(), Boolean.TRUE.equals(p.selected()) ? 1 : 0));
            if (reserve) {
                row.add(p.reserved() ? 1 : 0);
            }
            out.printRecord(row);
        }
        out.printRecord("VOTES");
        out.printRecord("voter_id", "vote");
        int voter = 0;
        for (Ballot ballot : election.ballots()) {
            out.printRecord(++voter, String.join(",", ballot.approved()));
        }
        out.flush();
    }

    private static Section sectionNamed(CSVRecord row) {
        for (int i = 1; i < row.size(); i++) {
            if (!row.get(i).isBlank()) {
                return null;
            }
        }
        return switch (row.get(0).strip().toUpperCase(Locale.ROOT)) {
            case "META" -> Section.META;
            case "PROJECTS" -> Section.PROJECTS;
            case "VOTES" -> Section.VOTES;
            default -> null;
        };
    }

    private static Map<String, Integer> header(CSVRecord row, Section section, long line) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            // A byte-order mark or stray spaces must not hide a column.
            columns.putIfAbsent(row.get(i).replace("\uFEFF", "").strip(), i);
        }
        List<String> required = switch (section) {
            case META -> List.of("key", "value");
            case PROJECTS -> List.of("project_id", "cost");
            case VOTES -> List.of("voter_id", "vote");
        };
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw malformed(line, section + " has no " + column + " column");
            }
        }
        return columns;
    }

    private static Project project(CSVRecord row, Map<String, Integer> columns, long line) {
        String id = field(row, columns, "project_id");
        if (id.isEmpty()) {
            throw malformed(line, "a project without id");
        }
        String votes = field(row, columns, "votes");
        String selected = field(row, columns, "selected");
        return new Project(id, amount(field(row, columns, "cost"), "cost of project " + id, line),
                votes.isEmpty() ? null : count(votes, "votes of project " + id, line),
                field(row, columns, "name"), field(row, columns, "category"), field(row, columns, "district"),
                selected.isEmpty() ? null : "1".equals(selected), "1".equals(field(row, columns, "reserved")));
    }

    private static List<String> approvals(CSVRecord row, Map<String, Integer> columns, Set<String> projectIds,
                                          long line) {
        String vote = field(row, columns, "vote");
        Set<String> approved = new LinkedHashSet<>();
        if (!vote.isEmpty()) {
            for (String id : vote.split(",")) {
                String project = id.strip();
                if (!projectIds.contains(project)) {
                    throw malformed(line, "a vote for " + (project.isEmpty() ? "no project" : "unknown project " + project));
                }
                approved.add(project);
            }
        }
        return List.copyOf(approved);
    }

    private static String field(CSVRecord row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null || index >= row.size() ? "" : row.get(index).strip();
    }

    /** A number that is not negative; {@code line} says where it was read, or is 0 for META. */
    private static BigDecimal amount(String text, String what, long line) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw malformed(line, what + " is not a number: '" + text + "'");
        }
        if (amount.signum() < 0) {
            throw malformed(line, what + " is negative: " + text);
        }
        return amount;
    }

    private static int count(String text, String what, long line) {
        try {
            return amount(text, what, line).intValueExact();
        } catch (ArithmeticException e) {
            throw malformed(line, what + " is not a whole number: " + text);
        }
    }

    private static Integer length(Map<String, String> meta, String key) {
        String text = meta.get(key);
        return text == null || text.isEmpty() ? null : count(text, key, 0);
    }

    private static PabulibFormatException malformed(long line, String what) {
        return new PabulibFormatException(line, what);
    }
}
