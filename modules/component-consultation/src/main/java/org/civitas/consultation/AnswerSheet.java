package org.civitas.consultation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civitas.spi.TextInput;

/**
 * The directorate's answers as a spreadsheet (CSV): columns {@code proposal_id}, {@code answer} and {@code text}
 * (or their French names), separated by ';' or ','. An answer is a code or a word, in French or English. Every line
 * is checked and every problem kept with its line (the headers are line 1), so the whole sheet is refused at once.
 */
final class AnswerSheet {

    static final int MAX_LINES = 2_000;
    static final int MAX_CHARS = 1_000_000;
    static final int TEXT_MAX = 5_000;
    private static final String BOM = "\uFEFF";
    private static final Map<String, String> COLUMNS = Map.of(
            "proposal_id", "proposal_id", "proposition", "proposal_id", "id", "proposal_id",
            "answer", "answer", "reponse", "answer",
            "text", "text", "texte", "text");
    private static final Map<String, Proposal.Answer> WORDS = Map.ofEntries(
            Map.entry("accepted", Proposal.Answer.ACCEPTED), Map.entry("accept", Proposal.Answer.ACCEPTED),
            Map.entry("acceptee", Proposal.Answer.ACCEPTED), Map.entry("accepte", Proposal.Answer.ACCEPTED),
            Map.entry("retenue", Proposal.Answer.ACCEPTED), Map.entry("retenu", Proposal.Answer.ACCEPTED),
            Map.entry("rejected", Proposal.Answer.REJECTED), Map.entry("reject", Proposal.Answer.REJECTED),
            Map.entry("rejetee", Proposal.Answer.REJECTED), Map.entry("rejete", Proposal.Answer.REJECTED),
            Map.entry("refusee", Proposal.Answer.REJECTED), Map.entry("refuse", Proposal.Answer.REJECTED),
            Map.entry("considered", Proposal.Answer.CONSIDERED), Map.entry("taken into account", Proposal.Answer.CONSIDERED),
            Map.entry("prise en compte", Proposal.Answer.CONSIDERED), Map.entry("pris en compte", Proposal.Answer.CONSIDERED),
            Map.entry("prise en consideration", Proposal.Answer.CONSIDERED));

    /** One line read: the proposal it answers, the answer, and its text as typed. */
    record Line(int number, long proposal, Proposal.Answer answer, String text) {
    }

    /** A problem on a line, as a key of the consultation's messages. */
    record Problem(int line, String key, Object... args) {
    }

    record Read(List<Line> lines, List<Problem> problems) {
    }

    private AnswerSheet() {
    }

    /** An answer from its code or word, French or English, whatever its case and accents. */
    static Optional<Proposal.Answer> answer(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        String key = fold(word).replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ");
        for (Proposal.Answer answer : Proposal.Answer.values()) {
            if (answer.name().equalsIgnoreCase(key)) {
                return Optional.of(answer);
            }
        }
        return Optional.ofNullable(WORDS.get(key));
    }

    static Read read(String sheet) {
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String body = sheet == null ? "" : sheet.startsWith(BOM) ? sheet.substring(1) : sheet;
        if (body.length() > MAX_CHARS) {
            problems.add(new Problem(1, "closing.sheet.too-large", MAX_CHARS / 1000));
            return new Read(lines, problems);
        }
        String header = body.lines().findFirst().orElse("");
        char delimiter = header.chars().filter(c -> c == ';').count() >= header.chars().filter(c -> c == ',').count() ? ';' : ',';
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(body))) {
            Map<String, String> columnOf = new HashMap<>();
            for (String name : parser.getHeaderNames()) {
                String column = COLUMNS.get(fold(name));
                if (column != null) {
                    columnOf.put(column, name);
                }
            }
            if (columnOf.size() < 3) {
                problems.add(new Problem(1, "closing.sheet.header"));
                return new Read(lines, problems);
            }
            Set<Long> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber() + 1;
                if (record.getRecordNumber() > MAX_LINES) {
                    problems.add(new Problem(number, "closing.sheet.too-long", MAX_LINES));
                    break;
                }
                line(record, number, columnOf, problems).ifPresent(line -> {
                    if (seen.add(line.proposal())) {
                        lines.add(line);
                    } else {
                        problems.add(new Problem(number, "closing.sheet.duplicate", Long.toString(line.proposal())));
                    }
                });
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports a malformed file (an unclosed quote, a repeated header) this way.
            problems.add(new Problem(1, "closing.sheet.malformed"));
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(1, "closing.sheet.empty"));
        }
        return new Read(lines, problems);
    }

    private static Optional<Line> line(CSVRecord record, int number, Map<String, String> columnOf, List<Problem> problems) {
        String id = cell(record, columnOf.get("proposal_id"));
        String word = cell(record, columnOf.get("answer"));
        String text = cell(record, columnOf.get("text"));
        int before = problems.size();
        if (TextInput.check(id, false, TextInput.MAX_PARAMETER).isPresent()
                || TextInput.check(word, false, TextInput.MAX_PARAMETER).isPresent()
                || TextInput.check(text, true, TextInput.MAX_TEXT).isPresent()) {
            problems.add(new Problem(number, "closing.sheet.characters"));
            return Optional.empty();
        }
        if (!id.matches("[1-9]\\d{0,17}")) {
            problems.add(new Problem(number, "closing.sheet.id"));
        }
        Optional<Proposal.Answer> answer = answer(word);
        if (answer.isEmpty()) {
            problems.add(new Problem(number, "closing.sheet.answer", word));
        }
        if (text.isEmpty()) {
            problems.add(new Problem(number, "closing.answer.text"));
        } else if (text.length() > TEXT_MAX) {
            problems.add(new Problem(number, "closing.answer.text"));
        }
        return problems.size() > before ? Optional.empty()
                : Optional.of(new Line(number, Long.parseLong(id), answer.get(), text));
    }

    private static String cell(CSVRecord record, String column) {
        if (column == null || !record.isSet(column)) {
            return "";
        }
        String raw = record.get(column).strip();
        // A cell quoted against spreadsheet formulas when exported.
        return raw.length() > 1 && raw.charAt(0) == '\'' && "=+-@".indexOf(raw.charAt(1)) >= 0 ? raw.substring(1) : raw;
    }

    /** Lower case, without accents or surrounding spaces: how headers and answer words are compared. */
    private static String fold(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
