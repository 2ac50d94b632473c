package org.civitas.consultation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;

/**
 * Reading the text's versions: every published version stays readable by whoever reads the consultation, the draft
 * by its directorate alone; and the differences between any two of them, section by section and word by word.
 */
@ApplicationScoped
public class TextReading {

    @PersistenceContext(unitName = "consultation")
    EntityManager em;
    @Inject
    Consultations consultations;
    @Inject
    TextVersions versions;

    /** The published versions, oldest first, and the draft being written for its directorate. */
    @Transactional
    public List<Views.VersionView> versions(CitizenRef viewer, long consultationId) {
        Consultation consultation = consultations.readable(viewer, consultationId);
        List<Views.VersionView> list = new ArrayList<>(versions.published(consultationId).stream()
                .map(v -> new Views.VersionView(v.getNumber(), v.getChangelog(), v.getPublishedAt())).toList());
        if (Consultations.ofDirectorate(viewer, consultation)) {
            versions.version(consultationId, consultation.getCurrentVersion() + 1)
                    .ifPresent(d -> list.add(new Views.VersionView(d.getNumber(), null, null)));
        }
        return list;
    }

    /** The whole text of version {@code number}. */
    @Transactional
    public TextViews.VersionText version(CitizenRef viewer, long consultationId, int number) {
        Consultation consultation = consultations.readable(viewer, consultationId);
        TextVersion version = readable(viewer, consultation, number);
        return new TextViews.VersionText(version.getNumber(), version.getChangelog(), version.getPublishedAt(),
                versions.sections(consultationId, number).stream()
                        .map(s -> new Views.SectionView(s.getSectionId(), s.getPosition(), s.getTitle(), s.getBody(),
                                s.getFromAmendment() == null ? null : amender(s.getFromAmendment())))
                        .toList());
    }

    /** Version {@code from} turned into version {@code to}. */
    @Transactional
    public TextViews.Diff diff(CitizenRef viewer, long consultationId, int from, int to) {
        Consultation consultation = consultations.readable(viewer, consultationId);
        readable(viewer, consultation, from);
        readable(viewer, consultation, to);
        return new TextViews.Diff(from, to, compare(versions.sections(consultationId, from), versions.sections(consultationId, to)));
    }

    /**
     * The sections of both versions in the newer one's order, each removed section after the one that preceded it in
     * the older. A section is moved when its place among the sections both hold changed.
     */
    static List<TextViews.SectionDiff> compare(List<SectionText> older, List<SectionText> newer) {
        Map<Long, SectionText> before = new LinkedHashMap<>();
        older.forEach(s -> before.put(s.getSectionId(), s));
        Map<Long, SectionText> after = new LinkedHashMap<>();
        newer.forEach(s -> after.put(s.getSectionId(), s));
        List<Long> keptBefore = before.keySet().stream().filter(after::containsKey).toList();
        List<Long> keptAfter = after.keySet().stream().filter(before::containsKey).toList();
        List<TextViews.SectionDiff> sections = new ArrayList<>();
        for (SectionText s : newer) {
            SectionText old = before.get(s.getSectionId());
            if (old == null) {
                sections.add(new TextViews.SectionDiff(s.getSectionId(), "added", false, s.getTitle(),
                        WordDiff.between("", s.getTitle()), WordDiff.between("", RichText.plain(s.getBody()))));
            } else {
                List<WordDiff.Part> title = WordDiff.between(old.getTitle(), s.getTitle());
                List<WordDiff.Part> body = WordDiff.between(RichText.plain(old.getBody()), RichText.plain(s.getBody()));
                boolean same = title.stream().allMatch(p -> p.kind() == WordDiff.Kind.SAME)
                        && body.stream().allMatch(p -> p.kind() == WordDiff.Kind.SAME);
                boolean moved = keptBefore.indexOf(s.getSectionId()) != keptAfter.indexOf(s.getSectionId());
                sections.add(new TextViews.SectionDiff(s.getSectionId(), same ? "same" : "changed", moved, s.getTitle(),
                        title, body));
            }
        }
        // Removed sections go after the section that preceded them in the older version (first when none did).
        SectionText previous = null;
        for (SectionText s : older) {
            if (!after.containsKey(s.getSectionId())) {
                int at = 0;
                if (previous != null) {
                    long anchor = previous.getSectionId();
                    for (int i = 0; i < sections.size(); i++) {
                        if (sections.get(i).id() == anchor) {
                            at = i + 1;
                        }
                    }
                }
                sections.add(at, new TextViews.SectionDiff(s.getSectionId(), "removed", false, s.getTitle(),
                        WordDiff.between(s.getTitle(), ""), WordDiff.between(RichText.plain(s.getBody()), "")));
            }
            previous = s;
        }
        return sections;
    }

    /** Version {@code number}, published, or the draft for its directorate; not found otherwise. */
    private TextVersion readable(CitizenRef viewer, Consultation consultation, int number) {
        return versions.version(consultation.getId(), number)
                .filter(v -> !v.isDraft() || Consultations.ofDirectorate(viewer, consultation))
                .orElseThrow(() -> Texts.refusal(Refusal.Kind.NOT_FOUND, "version.not-found", number));
    }

    private String amender(long amendmentId) {
        Amendment amendment = em.find(Amendment.class, amendmentId);
        return amendment == null ? null : amendment.getAuthor();
    }
}
