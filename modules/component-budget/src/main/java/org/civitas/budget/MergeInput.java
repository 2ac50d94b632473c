package org.civitas.budget;

import java.util.List;

/**
 * A co-construction merge: the filed projects to merge (two or more, of one envelope), and the merged project's
 * title, description, category and estimated cost in whole euros; its envelope is theirs.
 */
public record MergeInput(List<Long> projects, String title, String description, String category, Long cost) {
}
