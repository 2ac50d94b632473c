package org.civitas.budget;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.civitas.spi.TextInput;

/**
 * The study table as a spreadsheet (CSV), the way directorates worked before: exported in the reader's language
 * with ';' and a byte-order mark so spreadsheet software opens it as UTF-8, and read back whatever the language
 * of its headers. Only the study columns are read; the others are there to recognise the projects.
 */
final class StudySheet {

    static final List<String> COLUMNS = List.of("id", "title", "category", "envelope", "cost", "directorate",
            "admissible", "admissible_reason", "feasible", "feasible_reason", "city_cost", "opinion", "justification", "version");
    static final int MAX_LINES = 5_000;
    private static final String BOM = "\uFEFF";

    /** One line read: the project it concerns, its study, and the project's version when exported (null if absent). */
    record Line(int number, long project, Study study, Integer version) {
    }

    /** A problem found on a line (1 is the headers), as a key of the budget's messages. */
    record Problem(int line, String key, Object... args) {
    }

    record Read(List<Line> lines, List<Problem> problems) {
    }

    private StudySheet() {
    }

    static String write(List<Views.StudyRow> rows, Locale locale, Function<String, String> envelopeName) {
        StringWriter out = new StringWriter().append(BOM);
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setDelimiter(';').get().print(out)) {
            printer.printRecord(COLUMNS.stream().map(c -> Texts.text(locale, "sheet.column." + c)).toList());
            for (Views.StudyRow row : rows) {
                Study s = row.study();
                printer.printRecord(row.id(), CsvCells.text(row.title()), CsvCells.text(row.category()), envelopeName.apply(row.envelope()),
                        row.cost(), CsvCells.text(row.directorate()), yesNo(s.admissible(), locale), CsvCells.text(s.admissibleReason()),
                        yesNo(s.feasible(), locale), CsvCells.text(s.feasibleReason()), s.cityCost(),
                        s.opinion() == null ? null : Texts.text(locale, "sheet.opinion." + s.opinion().name()),
                        CsvCells.text(s.justification()), row.version());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Read read(String text) {
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String body = text == null ? "" : text.startsWith(BOM) ? text.substring(1) : text;
        String header = body.lines().findFirst().orElse("");
        char delimiter = header.chars().filter(c -> c == ';').count() >= header.chars().filter(c -> c == ',').count() ? ';' : ',';
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(body))) {
            Map<String, String> keyOf = headerKeys();
            Map<String, String> columnOf = new HashMap<>();
            for (String name : parser.getHeaderNames()) {
                String key = keyOf.get(name.strip().toLowerCase(Locale.ROOT));
                if (key != null) {
                    columnOf.put(key, name);
                }
            }
            if (!columnOf.containsKey("id")) {
                problems.add(new Problem(1, "sheet.no-id"));
                return new Read(lines, problems);
            }
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber() + 1;
                if (lines.size() + problems.size() >= MAX_LINES) {
                    problems.add(new Problem(number, "sheet.too-long", MAX_LINES));
                    break;
                }
                Optional<Line> line = line(record, number, columnOf, problems);
                if (line.isPresent() && lines.stream().anyMatch(l -> l.project() == line.get().project())) {
                    problems.add(new Problem(number, "sheet.duplicate", line.get().project()));
                } else {
                    line.ifPresent(lines::add);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports a malformed file (an unclosed quote, a repeated header) this way.
            problems.add(new Problem(1, "sheet.malformed"));
        }
        return new Read(lines, problems);
    }

    private static Optional<Line> line(CSVRecord record, int number, Map<String, String> columnOf,
                                                  List<Problem> problems) {
        Function<String, String> value = key -> {
            String column = columnOf.get(key);
            if (column == null || !record.isSet(column)) {
                return null;
            }
            String raw = record.get(column);
            return raw.length() > 1 && raw.charAt(0) == '\'' && "=+-@".indexOf(raw.charAt(1)) >= 0 ? raw.substring(1) : raw;
        };
        for (String key : COLUMNS) {
            String v = value.apply(key);
            if (v != null && TextInput.check(v, true, TextInput.MAX_TEXT).isPresent()) {
                problems.add(new Problem(number, "sheet.characters"));
                return Optional.empty();
            }
        }
        String id = value.apply("id");
        if (id == null || !id.matches("[1-9]\\d{0,17}")) {
            problems.add(new Problem(number, "sheet.id"));
            return Optional.empty();
        }
        try {
            String cost = value.apply("city_cost");
            Study study = new Study(yesNo(value.apply("admissible")), value.apply("admissible_reason"),
                    yesNo(value.apply("feasible")), value.apply("feasible_reason"),
                    cost == null || cost.isBlank() ? null : Long.parseLong(cost.replaceAll("[\\s\u00a0\u202f€]", "")),
                    opinion(value.apply("opinion")), value.apply("justification"));
            Optional<String> problem = study.problem();
            if (problem.isPresent()) {
                problems.add(new Problem(number, problem.get()));
                return Optional.empty();
            }
            String version = value.apply("version");
            return Optional.of(new Line(number, Long.parseLong(id), study,
                    version != null && version.strip().matches("\\d{1,9}") ? Integer.valueOf(version.strip()) : null));
        } catch (NumberFormatException e) {
            problems.add(new Problem(number, "study.city-cost"));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(number, "sheet.value", e.getMessage()));
        }
        return Optional.empty();
    }

    /** Every header label, in every language, to its column key. */
    private static Map<String, String> headerKeys() {
        Map<String, String> keys = new HashMap<>();
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            for (String column : COLUMNS) {
                keys.put(Texts.text(locale, "sheet.column." + column).toLowerCase(Locale.ROOT), column);
            }
        }
        COLUMNS.forEach(c -> keys.put(c, c));
        return keys;
    }

    private static Boolean yesNo(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "oui", "yes" -> true;
            case "non", "no" -> false;
            default -> throw new IllegalArgumentException(text.strip());
        };
    }

    private static Study.Opinion opinion(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "favorable", "favourable" -> Study.Opinion.FAVOURABLE;
            case "défavorable", "defavorable", "unfavourable", "unfavorable" -> Study.Opinion.UNFAVOURABLE;
            default -> throw new IllegalArgumentException(text.strip());
        };
    }

    private static String yesNo(Boolean value, Locale locale) {
        return value == null ? null : Texts.text(locale, value ? "sheet.yes" : "sheet.no");
    }
}
