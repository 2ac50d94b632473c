package org.civitas.budget.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.civitas.budget.BudgetComponent;
import org.civitas.budget.Permissions;
import org.civitas.budget.Results;
import org.civitas.budget.ProjectStudy;
import org.civitas.budget.Views;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.Refusal;
import org.civitas.spi.Role;
import org.civitas.spi.Territory;

/**
 * The study table: the directorate's projects in a PrimeFaces data table (filters, sort, pages), edited in
 * place and saved together; each changed line is saved on its own, so one refusal does not undo the others and
 * the refused line keeps what was typed. Administrators also assign ticked projects to a directorate.
 */
@Named("budgetStudy")
@ViewScoped
public class StudyPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_SHEET = 1_000_000;

    @Inject
    ProjectStudy study;
    @Inject
    Territory territory;
    @Inject
    Results selection;
    @Inject
    Permissions permissions;

    private long component;
    private List<StudyLine> lines;
    private List<StudyLine> filtered;
    private String directorate;
    /** Asked once when the table is loaded: the page asks at every row otherwise. */
    private boolean maySelect;
    private boolean administrator;

    /** The view action: the viewer's table, or why they cannot see it. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            reload();
        } catch (Refusal refusal) {
            message(FacesMessage.SEVERITY_ERROR, refusal.text().in(BudgetPages.locale()));
        }
    }

    /** Saves every line that changed; reports each refusal with the project it concerns. */
    public void save() {
        if (lines == null) {
            return;
        }
        int saved = 0;
        List<Territory.District> districts = territory.districts();
        List<StudyLine> next = new ArrayList<>(lines.size());
        for (StudyLine line : lines) {
            if (!line.changed() || !line.editable()) {
                next.add(line);
                continue;
            }
            try {
                Views.StudyRow row = study.record(viewer(), line.getId(), line.study(), line.getVersion());
                next.add(new StudyLine(row, BudgetPages.envelopeName(districts, row.envelope())));
                saved++;
            } catch (NumberFormatException notANumber) {
                next.add(line);
                refused(line, PageTexts.text(BudgetPages.locale(), "study.cost-number"));
            } catch (Refusal refusal) {
                next.add(line);
                refused(line, refusal.text().in(BudgetPages.locale()));
            }
        }
        lines = next;
        filtered = null;
        message(FacesMessage.SEVERITY_INFO, PageTexts.text(BudgetPages.locale(), "study.saved", saved));
    }

    /** Assigns the ticked projects (plain checkboxes named "pick") to the directorate typed. */
    public void assign() {
        try {
            int changed = study.assign(viewer(), component, picked(), directorate);
            reload();
            message(FacesMessage.SEVERITY_INFO, PageTexts.text(BudgetPages.locale(), "study.assigned", changed));
        } catch (Refusal refusal) {
            message(FacesMessage.SEVERITY_ERROR, refusal.text().in(BudgetPages.locale()));
        }
    }

    public void select() {
        selectPicked(true);
    }

    public void unselect() {
        selectPicked(false);
    }

    /** Puts the ticked projects to the vote, or takes them back: each on its own, refusals named by project. */
    private void selectPicked(boolean selected) {
        List<Long> ids = picked();
        if (ids.isEmpty()) {
            message(FacesMessage.SEVERITY_ERROR, PageTexts.text(BudgetPages.locale(), "study.pick-none"));
            return;
        }
        int done = 0;
        for (long id : ids) {
            try {
                selection.select(viewer(), id, selected);
                done++;
            } catch (Refusal refusal) {
                StudyLine line = lines == null ? null : lines.stream().filter(l -> l.getId() == id).findFirst().orElse(null);
                message(FacesMessage.SEVERITY_ERROR, PageTexts.text(BudgetPages.locale(), "study.line-refused", id,
                        line == null ? "" : line.getTitle(), refusal.text().in(BudgetPages.locale())));
            }
        }
        reload();
        message(FacesMessage.SEVERITY_INFO, PageTexts.text(BudgetPages.locale(),
                selected ? "study.selected" : "study.unselected", done));
    }

    /** Whether the viewer may put projects to the vote (a commission: agents, administrators). */
    public boolean isMaySelect() {
        return maySelect;
    }

    public void markPopular() {
        popular(true);
    }

    public void unmarkPopular() {
        popular(false);
    }

    /** Marks the ticked projects as in a popular neighbourhood, or not. */
    private void popular(boolean popular) {
        try {
            int changed = study.markPopular(viewer(), component, picked(), popular);
            reload();
            message(FacesMessage.SEVERITY_INFO, PageTexts.text(BudgetPages.locale(), "study.popular.changed", changed));
        } catch (Refusal refusal) {
            message(FacesMessage.SEVERITY_ERROR, refusal.text().in(BudgetPages.locale()));
        }
    }

    /**
     * The ticked projects: plain checkboxes named "pick", read from the request, and only those of this table: a
     * tampered form naming another budget's project or another directorate's picks nothing.
     */
    private List<Long> picked() {
        String[] picked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get("pick");
        java.util.Set<Long> shown = lines == null ? java.util.Set.of()
                : lines.stream().map(StudyLine::getId).collect(java.util.stream.Collectors.toSet());
        return picked == null ? List.of() : Arrays.stream(picked).filter(v -> v.matches("[1-9]\\d{0,17}"))
                .map(Long::valueOf).filter(shown::contains).toList();
    }

    /** Sends the table as a spreadsheet in the reader's language. */
    public void export() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = BudgetPages.locale();
        try {
            String csv = study.sheet(viewer(), component, locale);
            ExternalContext external = faces.getExternalContext();
            external.responseReset();
            external.setResponseContentType("text/csv;charset=UTF-8");
            external.setResponseHeader("Content-Disposition", "attachment; filename=\"instruction-" + component + ".csv\"");
            external.getResponseOutputWriter().write(csv);
            faces.responseComplete();
        } catch (Refusal refusal) {
            message(FacesMessage.SEVERITY_ERROR, refusal.text().in(locale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an edited spreadsheet back: all its lines or none, with each problem's line number. */
    public void importSheet() {
        Locale locale = BudgetPages.locale();
        Part sheet;
        try {
            sheet = Uploads.part("sheetFile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (sheet == null) {
            message(FacesMessage.SEVERITY_ERROR, PageTexts.text(locale, "study.import.none"));
            return;
        }
        if (sheet.getSize() > MAX_SHEET) {
            message(FacesMessage.SEVERITY_ERROR, PageTexts.text(locale, "study.import.too-big"));
            return;
        }
        try (InputStream in = sheet.getInputStream()) {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
            int updated = study.importSheet(viewer(), component, text);
            reload();
            message(FacesMessage.SEVERITY_INFO, PageTexts.text(locale, "study.imported", updated));
        } catch (CharacterCodingException notUtf8) {
            message(FacesMessage.SEVERITY_ERROR, PageTexts.text(locale, "study.import.encoding"));
        } catch (Refusal refusal) {
            message(FacesMessage.SEVERITY_ERROR, refusal.text().in(locale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public String euros(long amount) {
        return BudgetPages.eurosFor(amount);
    }

    public String status(String status) {
        return PageTexts.text(BudgetPages.locale(), "status." + status);
    }

    private void reload() {
        CitizenRef viewer = viewer();
        administrator = viewer != null && viewer.has(Role.ADMINISTRATOR);
        maySelect = permissions.may(viewer, component, "select");
        List<Territory.District> districts = territory.districts();
        lines = new ArrayList<>(study.table(viewer(), component).stream()
                .map(row -> new StudyLine(row, BudgetPages.envelopeName(districts, row.envelope()))).toList());
        filtered = null;
    }

    private static void refused(StudyLine line, String why) {
        message(FacesMessage.SEVERITY_ERROR, PageTexts.text(BudgetPages.locale(), "study.line-refused", line.getId(),
                line.getTitle(), why));
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private static CitizenRef viewer() {
        return CitizenPrincipal.of(FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal()).orElse(null);
    }

    public long getComponent() { return component; }
    public void setComponent(long component) { this.component = component; }
    public List<StudyLine> getLines() { return lines; }
    public List<StudyLine> getFiltered() { return filtered; }
    public void setFiltered(List<StudyLine> filtered) { this.filtered = filtered; }
    public String getDirectorate() { return directorate; }
    public void setDirectorate(String directorate) { this.directorate = directorate; }
    public String getBudgetPath() { return "/components/budget/index.xhtml?component=" + component; }
}
