package org.civitas.budget.web;

import java.io.Serializable;
import org.civitas.budget.Study;
import org.civitas.budget.Views;

/**
 * A line of the study table as the agent edits it: the answers as typed (a cost that is not a number is kept to
 * be corrected), and the study as recorded, to know which lines changed.
 */
public class StudyLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String title;
    private final String category;
    private final String envelope;
    private final String envelopeName;
    private final long cost;
    private final String status;
    private final String directorate;
    private final boolean popular;
    private final int version;
    private final Study recorded;
    private String admissible;
    private String admissibleReason;
    private String feasible;
    private String feasibleReason;
    private String cityCost;
    private String opinion;
    private String justification;

    StudyLine(Views.StudyRow row, String envelopeName) {
        this.id = row.id();
        this.title = row.title();
        this.category = row.category();
        this.envelope = row.envelope();
        this.envelopeName = envelopeName;
        this.cost = row.cost();
        this.status = row.status();
        this.directorate = row.directorate() == null ? "" : row.directorate();
        this.popular = row.popular();
        this.version = row.version();
        this.recorded = row.study();
        Study s = row.study();
        admissible = answer(s.admissible());
        admissibleReason = s.admissibleReason();
        feasible = answer(s.feasible());
        feasibleReason = s.feasibleReason();
        cityCost = s.cityCost() == null ? null : s.cityCost().toString();
        opinion = s.opinion() == null ? "" : s.opinion().name();
        justification = s.justification();
    }

    /** The study as typed; throws NumberFormatException when the cost is not a whole number. */
    Study study() {
        String digits = cityCost == null ? "" : cityCost.replaceAll("[\\s\u00a0\u202f€]", "");
        return new Study(yesNo(admissible), admissibleReason, yesNo(feasible), feasibleReason,
                digits.isEmpty() ? null : Long.valueOf(digits), opinion == null || opinion.isEmpty() ? null : Study.Opinion.valueOf(opinion),
                justification);
    }

    boolean changed() {
        try {
            return !study().equals(recorded);
        } catch (IllegalArgumentException typedSomethingElse) {
            return true;
        }
    }

    boolean editable() {
        return "FILED".equals(status);
    }

    private static String answer(Boolean value) {
        return value == null ? "" : value ? "yes" : "no";
    }

    private static Boolean yesNo(String answer) {
        return "yes".equals(answer) ? Boolean.TRUE : "no".equals(answer) ? Boolean.FALSE : null;
    }

    public long getId() { return id; }
    public String getTitle() { return title; }
    public String getCategory() { return category; }
    public String getEnvelope() { return envelope; }
    public String getEnvelopeName() { return envelopeName; }
    public long getCost() { return cost; }
    public String getStatus() { return status; }
    public String getDirectorate() { return directorate; }
    public boolean isPopular() { return popular; }
    public int getVersion() { return version; }
    public boolean isEditable() { return editable(); }
    public String getAdmissible() { return admissible; }
    public void setAdmissible(String admissible) { this.admissible = admissible; }
    public String getAdmissibleReason() { return admissibleReason; }
    public void setAdmissibleReason(String admissibleReason) { this.admissibleReason = admissibleReason; }
    public String getFeasible() { return feasible; }
    public void setFeasible(String feasible) { this.feasible = feasible; }
    public String getFeasibleReason() { return feasibleReason; }
    public void setFeasibleReason(String feasibleReason) { this.feasibleReason = feasibleReason; }
    public String getCityCost() { return cityCost; }
    public void setCityCost(String cityCost) { this.cityCost = cityCost; }
    public String getOpinion() { return opinion; }
    public void setOpinion(String opinion) { this.opinion = opinion; }
    public String getJustification() { return justification; }
    public void setJustification(String justification) { this.justification = justification; }
}
