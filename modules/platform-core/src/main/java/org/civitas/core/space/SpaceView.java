package org.civitas.core.space;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A space as the portal and the API show it. */
public record SpaceView(long id, String slug, String title, String description, LocalDate startsOn, LocalDate endsOn,
                        boolean published, boolean archived, Long currentPhaseId, List<PhaseView> phases, List<ComponentView> components) {

    public record PhaseView(long id, int position, String title, String description, LocalDate startsOn,
                            LocalDate endsOn, boolean current) {
    }

    public record ComponentView(long id, String manifestId, String name, String title, boolean published,
                                String entryView, Map<String, String> settings,
                                Map<String, Map<String, String>> phaseSettings) {
    }
}
