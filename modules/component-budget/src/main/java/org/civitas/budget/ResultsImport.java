package org.civitas.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.civitas.budget.tally.Election;
import org.civitas.budget.tally.EqualShares;
import org.civitas.budget.tally.Greedy;
import org.civitas.budget.tally.NaturalOrder;
import org.civitas.budget.tally.Pabulib;
import org.civitas.budget.tally.PabulibFormatException;
import org.civitas.spi.AuditTrail;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.ContributionPublished;
import org.civitas.spi.Outbox;
import org.civitas.spi.Refusal;
import org.civitas.spi.Territory;
import org.civitas.spi.TextInput;

/**
 * Imports an election held elsewhere (a Pabulib {@code .pb} file) into one envelope of a budget: its projects go on
 * the ballot (those the file marks {@code selected} as funded) and its ballots are kept as anonymous ballots, so
 * that the budget's own count, publication and open data apply to it. Administrators only, audited, all or nothing.
 */
@ApplicationScoped
public class ResultsImport {

    /** The largest file taken, as the API's body limit. */
    public static final int MAX_BYTES = 1_000_000;
    /** Who an imported project is filed by: no citizen (ids are positive), and its source as the author's name. */
    static final long NO_AUTHOR = -1;
    static final String SOURCE = "Pabulib";
    private static final int BATCH = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "budget")
    EntityManager em;
    @Inject
    ComponentAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    Territory territory;
    @Inject
    BudgetRecords records;

    /**
     * Reads an uploaded file at the edge (API or portal): at most {@value #MAX_BYTES} bytes of UTF-8 text without
     * control characters; refused clearly otherwise, before anything is parsed.
     */
    public static String text(InputStream upload) {
        byte[] bytes;
        try (InputStream in = upload) {
            bytes = in == null ? new byte[0] : in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "import.too-large", MAX_BYTES / 1000);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "import.encoding");
        }
        if (TextInput.check(text, true, MAX_BYTES).isPresent()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "import.control-character");
        }
        return text;
    }

    /** Refuses, with the reason, whoever may not import into this budget: for the back office's form. */
    @Transactional
    public void authorise(CitizenRef viewer, long componentId) {
        access.require(BudgetComponent.ID, viewer, componentId, "results", null);
    }

    /**
     * Imports {@code file} into {@code envelope} (a district code, or {@code ville}). Refused when the budget
     * already has live ballots or the envelope has projects on its ballot (409), and when the file is not an
     * election this budget would count the same way (400, with the line or the reason).
     */
    @Transactional
    public Views.Imported importFile(CitizenRef administrator, long componentId, String envelope, String file) {
        access.require(BudgetComponent.ID, administrator, componentId, "results", null);
        ComponentRef budget = access.component(BudgetComponent.ID, componentId, administrator);
        String where = envelope == null ? "" : envelope.strip();
        if (!BudgetComponent.CITY.equals(where) && territory.districts().stream().noneMatch(d -> d.code().equals(where))) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "import.envelope");
        }
        if (liveBallots(componentId)) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "import.live-ballots");
        }
        if (!em.createQuery("SELECT p.id FROM Project p WHERE p.componentId = :c AND p.envelope = :e AND p.status IN :s")
                .setParameter("c", componentId).setParameter("e", where)
                .setParameter("s", Project.ON_BALLOT).setMaxResults(1)
                .getResultList().isEmpty()) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "import.envelope-taken");
        }
        Election election = checked(parse(file), BudgetComponent.amount(budget, where), BudgetComponent.equalShares(budget));
        Map<String, Long> ids = writeProjects(budget, where, election);
        writeBallots(componentId, where, election, ids);
        int funded = (int) election.projects().stream().filter(p -> Boolean.TRUE.equals(p.selected())).count();
        audit.record(administrator, "budget.results.imported", "budget", Long.toString(componentId), null,
                "imported=" + election.projects().size() + "|" + election.ballots().size() + "|"
                        + clip(election.meta().getOrDefault("description", where), 200).replace('|', '/'));
        return new Views.Imported(where, election.projects().size(), funded, election.ballots().size());
    }

    /**
     * What makes a file importable into an envelope of {@code amount} euros counted by the budget's rule: whole
     * positive costs, the same budget, and, when the file says which projects were funded, the same winners under
     * the budget's rule (so that the published results and the exported file agree with the original).
     */
    static Election checked(Election file, long amount, boolean equalShares) {
        for (org.civitas.budget.tally.Project p : file.projects()) {
            if (whole(p.cost()) == null || p.cost().signum() <= 0) {
                throw Texts.refusal(Refusal.Kind.BAD_INPUT, "import.cost", clip(p.id(), 40), p.cost());
            }
        }
        Long budget = whole(file.budget());
        if (budget == null || budget != amount) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "import.amount", file.budget(), amount);
        }
        if (file.projects().stream().anyMatch(p -> p.selected() != null)) {
            Set<String> selected = new HashSet<>();
            file.projects().stream().filter(p -> Boolean.TRUE.equals(p.selected())).forEach(p -> selected.add(p.id()));
            var outcome = (equalShares ? new EqualShares() : new Greedy()).outcome(file);
            if (!selected.equals(new HashSet<>(outcome.winners()))) {
                throw Texts.refusal(Refusal.Kind.BAD_INPUT, equalShares ? "import.winners.equal-shares" : "import.winners.greedy");
            }
        }
        return file;
    }

    private static Election parse(String file) {
        try {
            return Pabulib.read(new StringReader(Objects.requireNonNullElse(file, "")));
        } catch (PabulibFormatException e) {
            // The reader's reason is in English, as the format's own words are; the line is told in the reader's language.
            throw e.line() > 0 ? Texts.refusal(Refusal.Kind.BAD_INPUT, "import.format.line", e.line(), clip(e.reason(), 160))
                    : Texts.refusal(Refusal.Kind.BAD_INPUT, "import.format", clip(e.reason(), 160));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The projects, persisted in the natural order of the file's ids, so that the budget's tie-breaks (lower id
     * first) fall as the file's did. Returns the file's ids mapped to the new ones.
     */
    private Map<String, Long> writeProjects(ComponentRef budget, String envelope, Election election) {
        String description = RichText.fromPlain(clip(election.meta().getOrDefault("description", SOURCE), 5000));
        List<org.civitas.budget.tally.Project> inOrder = new ArrayList<>(election.projects());
        inOrder.sort(Comparator.comparing(org.civitas.budget.tally.Project::id, NaturalOrder.IDS));
        Map<String, Long> ids = new HashMap<>();
        Instant now = Instant.now();
        for (org.civitas.budget.tally.Project p : inOrder) {
            String title = p.name().isBlank() ? SOURCE + " " + p.id() : p.name();
            Project project = new Project(budget.id(), budget.space().id(), NO_AUTHOR, SOURCE,
                    new ProjectInput(clip(title, 200), description, clip(p.category(), 100), envelope, whole(p.cost()),
                            null, null, null),
                    Project.Status.SELECTED, null, null, now);
            em.persist(project);
            ids.put(p.id(), project.getId());
            outbox.record(new ContributionPublished(records.searchable(project)));
        }
        // The choices below refer to these rows.
        em.flush();
        return ids;
    }

    /**
     * The ballots, in JDBC batches on the transaction's own connection: thousands of rows through the
     * persistence context would take minutes. Ids come from the budget's sequence the way EclipseLink takes
     * them (each value the last of a block of 50), so they never meet the ids it hands out.
     */
    private void writeBallots(long componentId, String envelope, Election election, Map<String, Long> ids) {
        Connection connection = em.unwrap(Connection.class);
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement sequence = connection.prepareStatement("SELECT nextval('budget_seq')");
             PreparedStatement ballots = connection.prepareStatement("INSERT INTO budget_ballot (id, component_id, "
                     + "envelope, voter_id, receipt, cast_at) VALUES (?, ?, ?, NULL, ?, ?)");
             PreparedStatement choices = connection.prepareStatement(
                     "INSERT INTO budget_choice (ballot_id, project_id) VALUES (?, ?)")) {
            long next = 0;
            long last = -1;
            int rows = 0;
            for (org.civitas.budget.tally.Ballot ballot : election.ballots()) {
                if (next > last) {
                    try (ResultSet block = sequence.executeQuery()) {
                        block.next();
                        last = block.getLong(1);
                        next = last - 49;
                    }
                }
                long id = next++;
                ballots.setLong(1, id);
                ballots.setLong(2, componentId);
                ballots.setString(3, envelope);
                ballots.setString(4, receipt());
                ballots.setTimestamp(5, now);
                ballots.addBatch();
                for (String project : ballot.approved()) {
                    choices.setLong(1, id);
                    choices.setLong(2, ids.get(project));
                    choices.addBatch();
                    rows++;
                }
                if (++rows >= BATCH) {
                    ballots.executeBatch();
                    choices.executeBatch();
                    rows = 0;
                }
            }
            ballots.executeBatch();
            choices.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("the import's ballots could not be written", e);
        }
    }

    private boolean liveBallots(long componentId) {
        return !em.createQuery("SELECT b.id FROM Ballot b WHERE b.componentId = :c AND b.voterId IS NOT NULL")
                .setParameter("c", componentId).setMaxResults(1).getResultList().isEmpty();
    }

    private static Long whole(BigDecimal amount) {
        try {
            return amount.stripTrailingZeros().scale() <= 0 ? amount.longValueExact() : null;
        } catch (ArithmeticException tooLarge) {
            return null;
        }
    }

    private static String clip(String text, int length) {
        String clean = text == null ? "" : text.strip();
        return clean.length() <= length ? clean : clean.substring(0, length - 1).strip() + "…";
    }

    private static String receipt() {
        byte[] code = new byte[10];
        RANDOM.nextBytes(code);
        return HexFormat.of().withUpperCase().formatHex(code);
    }
}
