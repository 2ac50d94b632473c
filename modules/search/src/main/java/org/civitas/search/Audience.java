package org.civitas.search;

import java.util.Set;

/**
 * Who is searching, as the index sees it: the reader keys they hold ({@code public}, {@code citizen:<id>},
 * {@code role:<ROLE>}) and the component instances they may not open (unpublished, or in an unpublished
 * space). Publication is checked when searching, not when indexing, so publishing or unpublishing a space
 * takes effect at once without touching the index.
 */
public record Audience(Set<String> readers, Set<Long> closedComponents) {

    /** Someone not signed in, with every component open: the default of tests and benchmarks. */
    public static final Audience PUBLIC = new Audience(Set.of(), Set.of());

    public Audience {
        readers = readers == null ? Set.of() : Set.copyOf(readers);
        closedComponents = closedComponents == null ? Set.of() : Set.copyOf(closedComponents);
    }
}
