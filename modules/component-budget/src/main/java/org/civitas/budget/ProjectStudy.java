package org.civitas.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.civitas.spi.AuditTrail;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Notifier;
import org.civitas.spi.Refusal;
import org.civitas.spi.Role;
import org.civitas.spi.Territory;
import org.civitas.spi.TextInput;

/**
 * The study: administrators assign projects to directorates; each directorate's agents record admissibility,
 * feasibility, the city's cost and an opinion, in the table or as a spreadsheet. An agent sees and edits only
 * their directorate's projects; every change is audited, and the author learns the opinion and its reasons.
 */
@ApplicationScoped
public class ProjectStudy {

    @PersistenceContext(unitName = "budget")
    EntityManager em;
    @Inject
    ComponentAccess access;
    @Inject
    AuditTrail audit;
    @Inject
    Notifier notifier;
    @Inject
    ProjectHistory history;
    @Inject
    Territory territory;

    /** The projects the viewer studies: their directorate's, or all for an administrator; oldest first. */
    @Transactional
    public List<Views.StudyRow> table(CitizenRef viewer, long componentId) {
        access.require(BudgetComponent.ID, viewer, componentId, "study", null);
        return studied(viewer, componentId).stream().map(Views.StudyRow::of).toList();
    }

    /**
     * Records one project's study. {@code version} is the one the agent edited: if someone changed the project
     * since, nothing is written and the agent is told to reload, so no one's work is silently overwritten.
     */
    @Transactional
    public Views.StudyRow record(CitizenRef agent, long projectId, Study study, Integer version) {
        Project project = studiable(agent, projectId);
        Study checked = checked(study);
        if (version == null) {
            // Without the version seen, another agent's study could be overwritten unnoticed.
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "study.version");
        }
        if (version != project.getVersion()) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "study.stale");
        }
        apply(agent, project, checked, Instant.now());
        em.flush();
        return Views.StudyRow.of(project);
    }

    /** Assigns projects to a directorate, all or none (administrators). Returns how many changed. */
    @Transactional
    public int assign(CitizenRef admin, long componentId, List<Long> projectIds, String directorate) {
        access.require(BudgetComponent.ID, admin, componentId, "assign", null);
        String to = directorate == null ? "" : directorate.strip();
        if (to.isEmpty() || to.length() > 100 || TextInput.check(to, false, 100).isPresent()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "study.directorate");
        }
        int changed = 0;
        for (Project p : chosen(componentId, projectIds)) {
            if (!to.equals(p.getDirectorate())) {
                audit.record(admin, "budget.project.assigned", "budget-project", p.getId().toString(), null,
                        p.getDirectorate() + " → " + to);
                p.assignTo(to);
                changed++;
            }
        }
        return changed;
    }

    /** Marks projects as in a popular neighbourhood or not, all or none (administrators). Returns how many changed. */
    @Transactional
    public int markPopular(CitizenRef admin, long componentId, List<Long> projectIds, Boolean popular) {
        access.require(BudgetComponent.ID, admin, componentId, "assign", null);
        if (popular == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "study.popular");
        }
        int changed = 0;
        for (Project p : chosen(componentId, projectIds)) {
            if (p.isPopular() != popular) {
                audit.record(admin, popular ? "budget.project.popular" : "budget.project.not-popular", "budget-project",
                        p.getId().toString(), null, null);
                p.markPopular(popular);
                changed++;
            }
        }
        return changed;
    }

    /** The viewer's study table as a spreadsheet in their language. */
    @Transactional
    public String sheet(CitizenRef viewer, long componentId, Locale locale) {
        List<Territory.District> districts = territory.districts();
        return StudySheet.write(table(viewer, componentId), locale, code -> BudgetComponent.CITY.equals(code)
                ? Texts.text(locale, "sheet.city") : districts.stream().filter(d -> d.code().equals(code))
                .map(Territory.District::name).findFirst().orElse(code));
    }

    /**
     * Reads a spreadsheet of studies back: every line is checked first, and only a sheet without problems is
     * written, in one transaction. Lines equal to what is recorded are left alone. Returns how many changed.
     */
    @Transactional
    public int importSheet(CitizenRef agent, long componentId, String text) {
        access.require(BudgetComponent.ID, agent, componentId, "study", null);
        StudySheet.Read read = StudySheet.read(text);
        if (read.lines().isEmpty() && read.problems().isEmpty()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "sheet.empty");
        }
        Map<Long, Project> mine = studied(agent, componentId).stream().collect(Collectors.toMap(Project::getId, p -> p));
        List<StudySheet.Problem> problems = new java.util.ArrayList<>(read.problems());
        for (StudySheet.Line line : read.lines()) {
            Project p = mine.get(line.project());
            if (p == null) {
                problems.add(new StudySheet.Problem(line.number(), "sheet.not-yours", line.project()));
            } else if (p.getStatus() != Project.Status.FILED && !p.getStudy().equals(line.study())) {
                problems.add(new StudySheet.Problem(line.number(), "study.closed"));
            } else if (line.version() != null && line.version() != p.getVersion() && !p.getStudy().equals(line.study())) {
                // An older export would silently undo what was recorded since.
                problems.add(new StudySheet.Problem(line.number(), "sheet.stale"));
            }
        }
        if (!problems.isEmpty()) {
            throw sheetRefusal(problems);
        }
        Instant now = Instant.now();
        int changed = 0;
        for (StudySheet.Line line : read.lines()) {
            Project p = mine.get(line.project());
            if (!p.getStudy().equals(line.study())) {
                apply(agent, p, line.study(), now);
                changed++;
            }
        }
        return changed;
    }

    private void apply(CitizenRef agent, Project project, Study study, Instant now) {
        if (project.getStudy().equals(study)) {
            return;
        }
        boolean newOpinion = project.study(study, now);
        audit.record(agent, "budget.project.studied", "budget-project", project.getId().toString(),
                study.justification(), summary(study));
        if (newOpinion) {
            history.record(project, study.opinion() == Study.Opinion.FAVOURABLE ? ProjectHistory.STUDIED_FAVOURABLY
                    : ProjectHistory.STUDIED_UNFAVOURABLY, study.justification());
        }
        if (newOpinion && project.getAuthorId() > 0) {
            String key = study.opinion() == Study.Opinion.FAVOURABLE ? "study.notice.favourable" : "study.notice.unfavourable";
            notifier.notify(project.getAuthorId(), Notifier.Kind.CONTRIBUTION, Texts.localized("study.notice.subject", project.getTitle()),
                    Texts.localized(key, project.getTitle(), study.justification()), BudgetComponent.path(project.getId()));
        }
    }

    /** The ticked projects of this budget, drafts excepted; refuses the lot if one is not there. */
    private List<Project> chosen(long componentId, List<Long> projectIds) {
        if (projectIds == null || projectIds.isEmpty() || projectIds.size() > 5_000) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "study.assign-none");
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(projectIds));
        List<Project> projects = em.createQuery("SELECT p FROM Project p WHERE p.id IN :ids AND p.componentId = :c "
                        + "AND p.status <> :draft", Project.class)
                .setParameter("ids", ids).setParameter("c", componentId).setParameter("draft", Project.Status.DRAFT)
                .getResultList();
        if (projects.size() != ids.size()) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "study.unknown-project");
        }
        return projects;
    }

    private Project studiable(CitizenRef agent, long projectId) {
        Project project = em.find(Project.class, projectId);
        if (project == null || project.getStatus() == Project.Status.DRAFT) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "project.not-found");
        }
        access.require(BudgetComponent.ID, agent, project.getComponentId(), "study", null);
        if (!agent.has(Role.ADMINISTRATOR) && !sameDirectorate(agent, project)) {
            throw Texts.refusal(Refusal.Kind.FORBIDDEN, "study.other-directorate");
        }
        if (project.getStatus() != Project.Status.FILED) {
            throw Texts.refusal(Refusal.Kind.CONFLICT, "study.closed");
        }
        return project;
    }

    private List<Project> studied(CitizenRef viewer, long componentId) {
        boolean all = viewer.has(Role.ADMINISTRATOR);
        var query = em.createQuery("SELECT p FROM Project p WHERE p.componentId = :c AND p.status <> :draft"
                        + (all ? "" : " AND LOWER(p.directorate) = :d") + " ORDER BY p.id", Project.class)
                .setParameter("c", componentId).setParameter("draft", Project.Status.DRAFT);
        if (!all) {
            query.setParameter("d", Objects.requireNonNullElse(viewer.directorate(), "").toLowerCase(Locale.ROOT));
        }
        return query.getResultList();
    }

    private static boolean sameDirectorate(CitizenRef agent, Project project) {
        return agent.directorate() != null && agent.directorate().equalsIgnoreCase(project.getDirectorate());
    }

    private static Study checked(Study study) {
        if (study == null) {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, "study.invalid");
        }
        study.problem().ifPresent(key -> {
            throw Texts.refusal(Refusal.Kind.BAD_INPUT, key);
        });
        return study;
    }

    /** The study as the audit log keeps it, "opinion=favourable|450000": the platform names it in the reader's words. */
    private static String summary(Study s) {
        return "opinion=" + (s.opinion() == null ? "none" : s.opinion().name().toLowerCase(Locale.ROOT)) + "|"
                + (s.cityCost() == null ? "" : s.cityCost());
    }

    /** The sheet's problems, at most ten, each with its line, in one refusal. */
    private static Refusal sheetRefusal(List<StudySheet.Problem> problems) {
        StringBuilder fr = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (StudySheet.Problem problem : problems.subList(0, Math.min(10, problems.size()))) {
            LocalizedText text = Texts.localized(problem.key(), problem.args());
            fr.append(Texts.text(Locale.FRENCH, "sheet.line", problem.line(), text.fr())).append(' ');
            en.append(Texts.text(Locale.ENGLISH, "sheet.line", problem.line(), text.en())).append(' ');
        }
        LocalizedText all = new LocalizedText(
                Texts.text(Locale.FRENCH, "sheet.problems", problems.size(), fr.toString().strip()),
                Texts.text(Locale.ENGLISH, "sheet.problems", problems.size(), en.toString().strip()));
        return new Refusal(Refusal.Kind.BAD_INPUT, "budget.sheet.problems", all);
    }
}
