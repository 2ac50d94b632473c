package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ModerationStatus;
import org.civitas.spi.Refusal;

/**
 * A consultation as open data for the city's portal: proposals, votes, arguments, comments, amendments and answers,
 * as CSV (one file each, or all in a zip) and as one JSON document, written while read a page at a time
 * ({@link ExportRows}). No one is identified: authors (of proposals, arguments, comments, amendments) appear by the
 * pseudonym the site shows, never by an account id or an e-mail; a vote is only its proposal, stance and day, with
 * no key, id or argument, so that nothing ties a person's public argument to their silent votes. Drafts and
 * hidden content are left out, and so are amendments while the current phase keeps each participant's to
 * themselves. Public once the consultation is closed; its directorate may export it any time.
 */
@ApplicationScoped
public class OpenData {

    static final String LICENCE = "Licence Ouverte / Open Licence 2.0 (Etalab), https://www.etalab.gouv.fr/licence-ouverte-open-licence";

    static final List<List<String>> COLUMNS = List.of(
            List.of("proposal_id", "section_id", "question_id", "author", "title", "text", "status", "district",
                    "created_at", "published_at", "agree", "mixed", "disagree", "arguments", "amendments", "comments"),
            List.of("proposal_id", "stance", "cast_on"),
            List.of("argument_id", "proposal_id", "author", "stance", "argument", "supports"),
            List.of("comment_id", "proposal_id", "parent_id", "author", "text", "supports", "written_at"),
            List.of("amendment_id", "proposal_id", "section_id", "base_version", "author", "title", "text", "explanation",
                    "state", "reason", "result_version", "created_at", "decided_at"),
            List.of("proposal_id", "answer", "text", "answered_at"));

    @Inject
    Consultations consultations;
    @Inject
    ExportRows rows;
    @Inject
    ModerationStatus moderation;
    @Inject
    AmendmentRecords amendments;

    /** The consultation, if {@code viewer} may export it now: once it is closed, or they are of its directorate. */
    @Transactional
    public Consultation exportable(CitizenRef viewer, long consultationId) {
        Consultation consultation = consultations.readable(viewer, consultationId);
        if (!consultation.isClosedAt(Instant.now()) && !Consultations.ofDirectorate(viewer, consultation)) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "closing.export.not-closed");
        }
        return consultation;
    }

    /** One kind's rows as a CSV file (UTF-8, ',' and a header row). */
    public StreamingOutput csv(Consultation consultation, ExportRows.Kind kind) {
        Export export = new Export(consultation);
        return out -> export.csv(kind, new Unclosed(out));
    }

    /** Every kind's CSV file, and the licence, in one zip. */
    public StreamingOutput zip(Consultation consultation) {
        Export export = new Export(consultation);
        return out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                zip.putNextEntry(new ZipEntry("LICENCE.txt"));
                zip.write((attribution(consultation) + "\n" + LICENCE + "\n").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                for (ExportRows.Kind kind : ExportRows.Kind.values()) {
                    zip.putNextEntry(new ZipEntry(kind.file() + ".csv"));
                    export.csv(kind, new Unclosed(zip));
                    zip.closeEntry();
                }
            }
        };
    }

    /** The whole consultation as one JSON document, with its licence and attribution. */
    public StreamingOutput json(Consultation consultation) {
        Export export = new Export(consultation);
        return out -> {
            try (JsonGenerator json = Json.createGenerator(new Unclosed(out))) {
                json.writeStartObject()
                        .write("attribution", attribution(consultation))
                        .write("licence", LICENCE)
                        .write("generated_at", Instant.now().toString())
                        .writeStartObject("consultation")
                        .write("id", consultation.getId())
                        .write("title", consultation.getTitle())
                        .write("directorate", consultation.getDirectorate())
                        .write("opens_at", consultation.getOpensAt().toString())
                        .write("closes_at", consultation.getClosesAt().toString())
                        .write("url", ConsultationComponent.path(consultation.getId()));
                value(json, "synthesis", consultation.getSynthesisAt() == null ? null : RichText.plain(consultation.getSynthesis()));
                value(json, "decision", consultation.getDecidedAt() == null ? null : RichText.plain(consultation.getDecision()));
                value(json, "adopted_version", consultation.getDecidedAt() == null ? null : consultation.getAdoptedVersion());
                json.writeEnd();
                for (ExportRows.Kind kind : ExportRows.Kind.values()) {
                    List<String> columns = COLUMNS.get(kind.ordinal());
                    json.writeStartArray(kind.file());
                    export.each(kind, cells -> {
                        json.writeStartObject();
                        for (int i = 0; i < columns.size(); i++) {
                            value(json, columns.get(i), cells.get(i));
                        }
                        json.writeEnd();
                    });
                    json.writeEnd();
                    json.flush();
                }
                json.writeEnd();
            }
        };
    }

    static String attribution(Consultation c) {
        return "Ville — direction " + c.getDirectorate() + " — consultation « " + c.getTitle() + " » (Civitas)";
    }

    /** One export: its rows read page by page. */
    private final class Export {
        private final long consultationId;
        private final Hidden hidden;
        /** The phase's amendment visibility is "own": no one reads them all, so the export holds none. */
        private final boolean amendmentsPrivate;

        Export(Consultation consultation) {
            this.consultationId = consultation.getId();
            this.hidden = Hidden.of(moderation.hidden(ConsultationComponent.ID));
            this.amendmentsPrivate = amendments.isPrivate(consultation.getComponentId());
        }

        void csv(ExportRows.Kind kind, OutputStream out) throws IOException {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(COLUMNS.get(kind.ordinal()).toArray(String[]::new))
                    .get().print(writer)) {
                each(kind, cells -> {
                    try {
                        printer.printRecord(cells.stream().map(OpenData::cell).toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        }

        void each(ExportRows.Kind kind, java.util.function.Consumer<List<Object>> row) {
            if (kind == ExportRows.Kind.AMENDMENTS && amendmentsPrivate) {
                return;
            }
            Object[] after = null;
            List<Object[]> page;
            do {
                page = rows.page(kind, consultationId, hidden, after);
                for (Object[] r : page) {
                    row.accept(cells(kind, r));
                    after = r;
                }
            } while (page.size() == ExportRows.PAGE);
        }
    }

    /** A row's cells, in {@link #COLUMNS}'s order: texts as plain words, codes in lower case, instants and days in ISO 8601. */
    static List<Object> cells(ExportRows.Kind kind, Object[] r) {
        List<Object> cells = new ArrayList<>();
        switch (kind) {
            case PROPOSALS -> {
                for (int i = 0; i <= 4; i++) {
                    cells.add(r[i]);
                }
                cells.add(RichText.plain((String) r[5]));
                cells.add(code(r[6]));
                cells.add(r[7]);
                cells.add(instant(r[8]));
                cells.add(instant(r[9]));
                for (int i = 10; i <= 15; i++) {
                    cells.add(r[i]);
                }
            }
            case VOTES -> {
                // r[3], the vote's id, only orders the pages.
                cells.add(r[0]);
                cells.add(code(r[1]));
                cells.add(r[2] == null ? null : r[2].toString());
            }
            case ARGUMENTS -> {
                cells.add(r[0]);
                cells.add(r[1]);
                cells.add(r[2]);
                cells.add(code(r[3]));
                cells.add(r[4]);
                cells.add(r[5]);
            }
            case COMMENTS -> {
                cells.add(r[0]);
                cells.add(r[1]);
                cells.add(r[2]);
                cells.add(r[3]);
                cells.add(r[4]);
                cells.add(r[5]);
                cells.add(instant(r[6]));
            }
            case AMENDMENTS -> {
                for (int i = 0; i <= 5; i++) {
                    cells.add(r[i]);
                }
                cells.add(RichText.plain((String) r[6]));
                cells.add(r[7]);
                cells.add(code(r[8]));
                cells.add(r[9] == null ? null : RichText.plain((String) r[9]));
                cells.add(r[10]);
                cells.add(instant(r[11]));
                cells.add(instant(r[12]));
            }
            case ANSWERS -> {
                cells.add(r[0]);
                cells.add(code(r[1]));
                cells.add(RichText.plain((String) r[2]));
                cells.add(instant(r[3]));
            }
        }
        return cells;
    }

    private static String code(Object value) {
        return value == null ? null : value.toString().toLowerCase(Locale.ROOT);
    }

    private static String instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        return value == null ? null : value.toString();
    }

    /** A text cell a spreadsheet would run as a formula is quoted, so that a title cannot act when the file is opened. */
    private static Object cell(Object value) {
        return value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : value;
    }

    private static void value(JsonGenerator json, String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else if (value instanceof BigInteger n) {
            json.write(name, n);
        } else if (value instanceof BigDecimal n) {
            json.write(name, n);
        } else if (value instanceof Number n) {
            json.write(name, n.longValue());
        } else if (value instanceof Boolean b) {
            json.write(name, b);
        } else {
            json.write(name, value.toString());
        }
    }

    /** The response's stream, which the CSV printer or JSON generator must not close: the container (or the zip) does. */
    private static final class Unclosed extends FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
