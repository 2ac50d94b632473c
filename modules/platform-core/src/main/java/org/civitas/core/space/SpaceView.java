package org.civitas.core.space;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.civitas.spi.LocalizedText;

/**
 * A space as the portal and the API show it: {@code title} and {@code description} in the reader's language (French
 * when no English was written), and {@code written} as the administrator wrote them, for editing.
 */
public record SpaceView(long id, String slug, String title, String description, LocalDate startsOn, LocalDate endsOn,
                        boolean published, boolean archived, Long currentPhaseId, List<PhaseView> phases,
                        List<ComponentView> components, Written written) {

    public record PhaseView(long id, int position, String title, String description, LocalDate startsOn,
                            LocalDate endsOn, boolean current, Written written) {
    }

    /** The texts in French and in English as written; the English (and a phase's description) may be null. */
    public record Written(String titleFr, String titleEn, String descriptionFr, String descriptionEn) {

        static Written of(LocalizedText title, LocalizedText description) {
            return new Written(title.fr(), title.en(), description == null ? null : description.fr(),
                    description == null ? null : description.en());
        }
    }

    /** {@code title} in the reader's language; {@code titleEn} as written, null when only French was. */
    public record ComponentView(long id, String manifestId, String name, String title, String titleEn, boolean published,
                                String entryView, Map<String, String> settings,
                                Map<String, Map<String, String>> phaseSettings) {
    }
}
