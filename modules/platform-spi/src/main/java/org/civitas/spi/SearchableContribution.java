package org.civitas.spi;

import java.time.Instant;
import java.util.Set;

/**
 * What a component puts in the platform's search index for one contribution (idea, project, proposal,
 * comment…). {@code readers} is who may find it: {@code "public"}, {@code "citizen:<id>"} or
 * {@code "role:<ROLE>"}; a draft visible only to its author has {@code readers = {"citizen:<author id>"}}.
 *
 * @param path the portal page that shows it, e.g. {@code /components/ideabox/idea.xhtml?id=42}
 */
public record SearchableContribution(String component, String type, String id, long componentId, long spaceId,
                                     String title, String body, String status, String district, String author,
                                     Instant createdAt, Set<String> readers, String path) {

    public static final String PUBLIC = "public";

    public SearchableContribution {
        readers = readers == null || readers.isEmpty() ? Set.of(PUBLIC) : Set.copyOf(readers);
    }

    public String uid() {
        return component + ":" + id;
    }
}
