package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civitas.core.account.Districts;
import org.civitas.search.SearchEngine;
import org.civitas.search.SearchIndex;
import org.civitas.search.SearchQuery;
import org.civitas.search.SearchResults;
import org.civitas.search.SearchUnavailableException;

/** One search box over every contribution, with facets and pages. The form is a plain GET: results can be linked. */
@Named
@RequestScoped
public class SearchPage {

    private static final int PAGE_SIZE = 20;

    @Inject
    SearchIndex index;
    @Inject
    Portal portal;
    @Inject
    Districts districts;
    @Inject
    Labels labels;

    private String q;
    private final Map<String, String> filters = new LinkedHashMap<>();
    private int page;
    private SearchResults results;
    private Map<String, String> districtNames;
    private String unavailable;

    /** Why there are no results when the search cluster cannot be reached, else null. */
    public String getUnavailable() {
        getResults();
        return unavailable;
    }

    public SearchResults getResults() {
        if (results == null) {
            Map<String, String> active = new LinkedHashMap<>();
            filters.forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    active.put(k, v);
                }
            });
            try {
                results = index.engine().search(new SearchQuery(q, active, null, null, page, PAGE_SIZE,
                        index.audienceOf(portal.getCitizen())));
            } catch (SearchUnavailableException e) {
                unavailable = SearchUnavailableException.MESSAGE.in(portal.getLocale());
                results = new SearchResults(0, page, PAGE_SIZE, List.of(), Map.of());
            }
        }
        return results;
    }

    public List<String> getFacetNames() {
        return SearchEngine.FACETS;
    }

    /** A facet value as people read it: the name of a component, space, district, status, type or month. */
    public String label(String facet, String value) {
        return switch (facet) {
            case "component" -> labels.component(value);
            case "space" -> labels.space(value);
            case "status" -> labels.status(getComponent(), value);
            case "type" -> labels.type(getComponent(), value);
            case "month" -> Formats.month(value, portal.getLocale());
            case "district" -> districtName(value);
            default -> value;
        };
    }

    private String districtName(String code) {
        if (districtNames == null) {
            districtNames = districts.all().stream().collect(Collectors.toMap(d -> d.getCode(), d -> d.getName()));
        }
        return districtNames.getOrDefault(code, code);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * PAGE_SIZE < getResults().total()
                && (page + 2) * PAGE_SIZE <= SearchQuery.MAX_DEPTH;
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }
    public Map<String, String> getFilters() { return filters; }
    public String getComponent() { return filters.get("component"); }
    public void setComponent(String v) { filters.put("component", v); }
    public String getSpace() { return filters.get("space"); }
    public void setSpace(String v) { filters.put("space", v); }
    public String getDistrict() { return filters.get("district"); }
    public void setDistrict(String v) { filters.put("district", v); }
    public String getStatus() { return filters.get("status"); }
    public void setStatus(String v) { filters.put("status", v); }
    public String getType() { return filters.get("type"); }
    public void setType(String v) { filters.put("type", v); }
    public String getMonth() { return filters.get("month"); }
    public void setMonth(String v) { filters.put("month", v); }
}
