package org.civitas.search;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civitas.spi.AuditTrail;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.ParticipationComponent;
import org.civitas.spi.Refusal;
import org.civitas.spi.Role;
import org.civitas.spi.SearchablePage;
import org.civitas.spi.SearchableContribution;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rebuilds the index from the components themselves, in the background: after changing the embedding
 * model, restoring a backup, or moving to Elasticsearch. Progress is saved after every page to a small
 * file, so a reindex interrupted by a restart or a failure resumes where it stopped.
 */
@ApplicationScoped
public class Reindexer {

    private static final Logger LOG = Logger.getLogger(Reindexer.class.getName());

    public enum State { RUNNING, DONE, FAILED }

    /**
     * Where a reindex stands. {@code component} is the index in {@code components} of the one being read,
     * {@code after} its resume point.
     */
    public record Progress(State state, Instant startedAt, Instant finishedAt, List<String> components, int component,
                           String after, long indexed, String error) {

        public String currentComponent() {
            return component < components.size() ? components.get(component) : null;
        }
    }

    @Inject
    Instance<ParticipationComponent> participationComponents;
    @Inject
    AuditTrail audit;
    @Inject
    SearchIndex index;
    @Resource
    ManagedExecutorService executor;
    @Inject
    @ConfigProperty(name = "civitas.search.reindex.state")
    String stateFile;
    @Inject
    @ConfigProperty(name = "civitas.search.reindex.page-size", defaultValue = "200")
    int pageSize;

    private Progress progress;
    private boolean working;

    /** The last reindex, or null if there never was one. */
    public synchronized Progress progress() {
        if (progress == null) {
            progress = load();
        }
        return progress;
    }

    /**
     * Starts a reindex, or resumes a failed one where it stopped; administrators only, audited; refuses
     * while one runs.
     */
    @Transactional
    public synchronized Progress start(CitizenRef administrator) {
        if (administrator == null || !administrator.has(Role.ADMINISTRATOR)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "search.reindex.forbidden", new LocalizedText(
                    "Seuls les administrateurs peuvent reconstruire l'index de recherche.",
                    "Only administrators can rebuild the search index."));
        }
        Progress last = progress();
        if (working) {
            throw new Refusal(Refusal.Kind.CONFLICT, "search.reindex.running", new LocalizedText(
                    "Une réindexation est déjà en cours.", "A reindex is already running."));
        }
        if (last != null && last.state() == State.FAILED) {
            progress = new Progress(State.RUNNING, last.startedAt(), null, last.components(), last.component(),
                    last.after(), last.indexed(), null);
        } else {
            List<String> ids = participationComponents.stream().map(c -> c.manifest().id()).sorted().toList();
            progress = new Progress(State.RUNNING, Instant.now(), null, ids, 0, null, 0, null);
        }
        save(progress);
        audit.record(administrator, "search.reindex", "search", "index", null,
                progress.indexed() > 0 ? "resumedAfter=" + progress.indexed() : null);
        launch();
        return progress;
    }

    /**
     * At start-up: a reindex the server stopped in the middle of goes on, and an index written in an older
     * layout is rebuilt, so that searches filter it correctly.
     */
    public synchronized void resumeIfInterrupted() {
        Progress last = progress();
        if (last != null && last.state() == State.RUNNING && !working) {
            LOG.info(() -> "Resuming the search reindex at " + last.currentComponent() + " after " + last.indexed()
                    + " contributions");
            launch();
        } else if (!working && index.engine().outdated()) {
            LOG.info("The search index was written in an older layout: rebuilding it");
            progress = new Progress(State.RUNNING, Instant.now(), null,
                    participationComponents.stream().map(c -> c.manifest().id()).sorted().toList(), 0, null, 0, null);
            save(progress);
            launch();
        }
    }

    private void launch() {
        working = true;
        executor.submit(this::run);
    }

    private void run() {
        try {
            while (true) {
                Progress p = progress();
                String id = p.currentComponent();
                if (id == null) {
                    finish(new Progress(State.DONE, p.startedAt(), Instant.now(), p.components(), p.component(), null,
                            p.indexed(), null));
                    LOG.info(() -> "Search reindex done: " + p.indexed() + " contributions");
                    return;
                }
                ParticipationComponent component = participationComponents.stream()
                        .filter(c -> c.manifest().id().equals(id)).findFirst().orElse(null);
                SearchablePage page = component == null ? SearchablePage.END : component.searchable(p.after(), pageSize);
                write(page.contributions());
                Progress next = page.next() == null
                        ? new Progress(State.RUNNING, p.startedAt(), null, p.components(), p.component() + 1, null,
                                p.indexed() + page.contributions().size(), null)
                        : new Progress(State.RUNNING, p.startedAt(), null, p.components(), p.component(), page.next(),
                                p.indexed() + page.contributions().size(), null);
                advance(next);
                if (!page.contributions().isEmpty()) {
                    LOG.info(() -> "Search reindex: " + next.indexed() + " contributions, now in " + id);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Search reindex failed; start it again to resume", e);
            Progress p = progress();
            finish(new Progress(State.FAILED, p.startedAt(), Instant.now(), p.components(), p.component(), p.after(),
                    p.indexed(), e.getMessage()));
        }
    }

    private void write(List<SearchableContribution> contributions) {
        if (contributions.isEmpty()) {
            return;
        }
        index.publish(contributions);
    }

    private synchronized void advance(Progress next) {
        progress = next;
        save(next);
    }

    private synchronized void finish(Progress last) {
        progress = last;
        working = false;
        save(last);
    }

    private Progress load() {
        Path file = Path.of(stateFile);
        if (!Files.exists(file)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String components = p.getProperty("components", "");
        return new Progress(State.valueOf(p.getProperty("state")), instant(p.getProperty("startedAt")),
                instant(p.getProperty("finishedAt")), components.isEmpty() ? List.of() : List.of(components.split(",")),
                Integer.parseInt(p.getProperty("component", "0")), p.getProperty("after"),
                Long.parseLong(p.getProperty("indexed", "0")), p.getProperty("error"));
    }

    private void save(Progress progress) {
        Properties p = new Properties();
        p.setProperty("state", progress.state().name());
        p.setProperty("startedAt", progress.startedAt().toString());
        if (progress.finishedAt() != null) {
            p.setProperty("finishedAt", progress.finishedAt().toString());
        }
        p.setProperty("components", String.join(",", progress.components()));
        p.setProperty("component", Integer.toString(progress.component()));
        if (progress.after() != null) {
            p.setProperty("after", progress.after());
        }
        p.setProperty("indexed", Long.toString(progress.indexed()));
        if (progress.error() != null) {
            p.setProperty("error", progress.error());
        }
        Path file = Path.of(stateFile);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path written = Files.createTempFile(file.toAbsolutePath().getParent(), "reindex", ".tmp");
            try (Writer out = Files.newBufferedWriter(written)) {
                p.store(out, "Civitas search reindex");
            }
            // Replaced in one step: a crash leaves the previous state, never half a file.
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the reindex progress in " + file, e);
        }
    }

    private static Instant instant(String value) {
        return value == null ? null : Instant.parse(value);
    }
}
