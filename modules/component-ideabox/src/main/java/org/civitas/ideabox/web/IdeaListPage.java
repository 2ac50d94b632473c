package org.civitas.ideabox.web;

import org.civitas.ideabox.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.civitas.ideabox.IdeaBoxComponent;
import org.civitas.ideabox.IdeaReading;
import org.civitas.ideabox.IdeaTriage;
import org.civitas.ideabox.Status;
import org.civitas.ideabox.Views;
import org.civitas.spi.CitizenRef;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.Refusal;
import org.civitas.spi.Role;

/** The box's public page: the list of ideas, its filters, their places on the map, the viewer's own ideas. */
@Named("ideaList")
@RequestScoped
public class IdeaListPage {

    @Inject
    IdeaReading reading;
    @Inject
    ComponentAccess access;
    @Inject
    IdeaTriage triage;

    private long component;
    private String category;
    private String district;
    private String status;
    private String from;
    private String to;
    private String sort = "recent";
    private int page;
    private Views.IdeaList list;
    private List<Views.IdeaSummary> mine = List.of();
    /** Ideas assigned to the viewer, an agent or a moderator, across boxes. */
    private List<Views.IdeaSummary> assigned = List.of();
    private List<String> categories = List.of();

    public void load() {
        CitizenRef viewer = Faces.viewer();
        try {
            categories = IdeaBoxComponent.categories(access.component(IdeaBoxComponent.ID, component, viewer));
            list = reading.list(viewer, component, new IdeaReading.Filter(category, district, status(),
                    date(from), date(to), sort, page));
            if (viewer != null) {
                mine = reading.mine(viewer, component);
                if (viewer.has(Role.AGENT) || viewer.has(Role.MODERATOR) || viewer.has(Role.ADMINISTRATOR)) {
                    assigned = triage.assignedTo(viewer);
                }
            }
        } catch (Refusal refusal) {
            Faces.refused(refusal, null);
        }
    }

    /** Whether a filter is set: the folded filters then open, so that readers see what narrows the list. */
    public boolean isFiltered() {
        return Stream.of(category, district, status, from, to).anyMatch(f -> f != null && !f.isBlank())
                || "supports".equals(sort);
    }

    public boolean isModerator() {
        CitizenRef viewer = Faces.viewer();
        return viewer != null && (viewer.has(Role.MODERATOR) || viewer.has(Role.ADMINISTRATOR));
    }



    public List<Status> getStatuses() {
        return Arrays.stream(Status.values()).filter(s -> !Status.UNLISTED.contains(s)).toList();
    }

    /** The ideas of this page that have a place, for the map, as JSON: [{id, title, lat, lon}]. */
    public String getPlaces() {
        if (list == null) {
            return "[]";
        }
        JsonArrayBuilder places = Json.createArrayBuilder();
        list.ideas().stream().filter(i -> i.latitude() != null).forEach(i -> places.add(Json.createObjectBuilder()
                .add("id", i.id()).add("title", i.title()).add("lat", i.latitude()).add("lon", i.longitude())));
        return places.build().toString();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return list != null && (long) (page + 1) * list.pageSize() < list.total();
    }

    private Status status() {
        try {
            return status == null || status.isBlank() ? null : Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            Faces.refused(Texts.refusal(Refusal.Kind.BAD_INPUT, "filter.date.invalid", value), null);
            return null;
        }
    }


    public long getComponent() { return component; }
    public void setComponent(long component) { this.component = component; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = "supports".equals(sort) ? "supports" : "recent"; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }
    public Views.IdeaList getList() { return list; }
    public List<Views.IdeaSummary> getMine() { return mine; }
    public List<Views.IdeaSummary> getAssigned() { return assigned; }
    public List<String> getCategories() { return categories; }
}
