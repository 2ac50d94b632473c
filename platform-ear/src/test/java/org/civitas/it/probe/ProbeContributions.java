package org.civitas.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The probe's contributions, kept in memory: the tests need only their authors. */
@ApplicationScoped
public class ProbeContributions {

    public record Note(String id, long authorId, String author, String text) {
    }

    private final List<Note> notes = new CopyOnWriteArrayList<>();

    Note add(long authorId, String author, String text) {
        Note note = new Note("note-" + (notes.size() + 1), authorId, author, text);
        notes.add(note);
        return note;
    }

    List<Note> all() {
        return List.copyOf(notes);
    }

    List<Note> by(long authorId) {
        return notes.stream().filter(n -> n.authorId() == authorId).toList();
    }

    void anonymise(long authorId) {
        notes.replaceAll(n -> n.authorId() == authorId ? new Note(n.id(), 0, "anonyme", n.text()) : n);
    }
}
