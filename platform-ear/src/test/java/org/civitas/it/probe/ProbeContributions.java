package org.civitas.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.civitas.spi.SearchableContribution;

/** The probe's contributions, kept in memory: the tests need only their authors. */
@ApplicationScoped
public class ProbeContributions {

    public record Note(String id, long authorId, String author, String text, SearchableContribution searchable) {
    }

    /** A draft made from a redirected idea: which idea, and who follows it. */
    public record Redirected(String draftId, String ideaId, long authorId, java.util.Set<Long> followerIds) {
    }

    private final List<Note> notes = new CopyOnWriteArrayList<>();
    private final java.util.Map<String, Redirected> redirected = new java.util.concurrent.ConcurrentHashMap<>();

    void redirected(Redirected draft) {
        redirected.put(draft.draftId(), draft);
    }

    Redirected redirected(String draftId) {
        return redirected.get(draftId);
    }

    synchronized Note add(long authorId, String author, String text, Function<String, SearchableContribution> searchable) {
        // Unique across deployments: the search index outlives the probe's memory between test classes.
        String id = "note-" + java.util.UUID.randomUUID();
        Note note = new Note(id, authorId, author, text, searchable.apply(id));
        notes.add(note);
        return note;
    }

    List<Note> all() {
        return List.copyOf(notes);
    }

    List<Note> by(long authorId) {
        return notes.stream().filter(n -> n.authorId() == authorId).toList();
    }

    /** Returns the notes as they are now, anonymised. */
    synchronized List<Note> anonymise(long authorId) {
        notes.replaceAll(n -> n.authorId() != authorId ? n : new Note(n.id(), 0, "anonyme", n.text(),
                new SearchableContribution(n.searchable().component(), n.searchable().type(), n.id(),
                        n.searchable().componentId(), n.searchable().spaceId(), n.searchable().title(),
                        n.searchable().body(), n.searchable().status(), n.searchable().district(), "anonyme",
                        n.searchable().createdAt(), n.searchable().readers(), n.searchable().path())));
        return notes.stream().filter(n -> n.author().equals("anonyme") && n.authorId() == 0).toList();
    }
}
