package org.civitas.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.civitas.budget.tally.Election;
import org.civitas.budget.tally.Pabulib;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ComponentRef;
import org.civitas.spi.Refusal;

/**
 * An envelope's results as open data: the election in the Pabulib format (anyone may recompute the winners with
 * the command-line tally), and the projects with their votes and outcome in CSV and JSON. No one is named.
 */
@ApplicationScoped
public class OpenData {

    /** The CSV's columns, in English as the open-data portals expect; {@code funded} is {@code yes} or {@code no}. */
    static final List<String> COLUMNS = List.of("project_id", "title", "category", "cost", "votes", "funded");

    @Inject
    ComponentAccess access;
    @Inject
    Results results;
    @Inject
    BudgetRecords records;

    /**
     * The Pabulib file. Published results are public; before that, administrators only. Voters are numbered in
     * the order of their random receipt codes, so neither who nor when can be read from the file.
     */
    @Transactional
    public String pabulib(CitizenRef viewer, long componentId, String envelope) {
        access.require(BudgetComponent.ID, viewer, componentId, "read", null);
        checkCode(envelope);
        if (!records.published(componentId)) {
            access.require(BudgetComponent.ID, viewer, componentId, "results", null);
        }
        ComponentRef budget = access.component(BudgetComponent.ID, componentId, viewer);
        List<Project> projects = onBallot(componentId, envelope);
        Election election = results.election(budget, envelope, projects).withSelected(projects.stream()
                .filter(p -> p.getStatus() == Project.Status.WON).map(p -> p.getId().toString()).toList());
        StringWriter file = new StringWriter();
        try {
            Pabulib.write(election, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toString();
    }

    /** The envelope's projects, votes and outcome, with the amount, rule, spending and turnout (JSON). */
    @Transactional
    public Views.OpenEnvelope envelope(CitizenRef viewer, long componentId, String envelope) {
        access.require(BudgetComponent.ID, viewer, componentId, "read", null);
        checkCode(envelope);
        if (!records.published(componentId) && !mayCount(viewer, componentId)) {
            // The same answer as a budget without results: nothing is told before publication.
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "results.unpublished");
        }
        ComponentRef budget = access.component(BudgetComponent.ID, componentId, viewer);
        return Views.OpenEnvelope.of(results.tally(budget, envelope, onBallot(componentId, envelope)));
    }

    /** The same projects as {@link #envelope}, one CSV row each, with a header row. */
    @Transactional
    public String csv(CitizenRef viewer, long componentId, String envelope) {
        return csv(envelope(viewer, componentId, envelope));
    }

    static String csv(Views.OpenEnvelope envelope) {
        StringWriter file = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(file, CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Views.OpenProject p : envelope.projects()) {
                out.printRecord(p.id(), CsvCells.text(p.title()), CsvCells.text(p.category()), p.cost(), p.votes(), p.funded() ? "yes" : "no");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toString();
    }

    private boolean mayCount(CitizenRef viewer, long componentId) {
        try {
            access.require(BudgetComponent.ID, viewer, componentId, "results", null);
            return true;
        } catch (Refusal notAnAdministrator) {
            return false;
        }
    }

    private List<Project> onBallot(long componentId, String envelope) {
        List<Project> projects = results.onBallot(componentId, envelope);
        if (projects.isEmpty()) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "results.envelope");
        }
        return projects;
    }

    private static void checkCode(String envelope) {
        if (envelope == null || !envelope.matches("[A-Za-z0-9_-]{1,32}")) {
            throw Texts.refusal(Refusal.Kind.NOT_FOUND, "results.envelope");
        }
    }
}
