package org.civitas.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.DateInput;
import org.civitas.spi.LocalizedText;
import org.civitas.spi.Refusal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("search")
@Tag(name = "Search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SearchResource.class.getName());

    @Inject
    SearchIndex index;
    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "Search every contribution the caller may read (French full text), with facets "
            + "component, space, district, status, type, month; dates as YYYY-MM-DD")
    public SearchResults search(@QueryParam("q") String q, @QueryParam("component") String component,
                                @QueryParam("space") String space, @QueryParam("district") String district,
                                @QueryParam("status") String status, @QueryParam("type") String type,
                                @QueryParam("month") String month, @QueryParam("from") String from,
                                @QueryParam("to") String to, @QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("size") @DefaultValue("20") int size) {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "component", component);
        put(filters, "space", space);
        put(filters, "district", district);
        put(filters, "status", status);
        put(filters, "type", type);
        put(filters, "month", month);
        SearchQuery query = new SearchQuery(q, filters, date(from), date(to), page, size, audience());
        try {
            return index.engine().search(query);
        } catch (SearchUnavailableException e) {
            throw unavailable(e);
        }
    }

    @GET
    @Path("similar")
    @Operation(summary = "Contributions close to a text being typed (\"there are already similar ideas\")")
    public List<SearchHit> similar(@QueryParam("text") String text, @QueryParam("component") String component,
                                   @QueryParam("limit") @DefaultValue("5") int limit) {
        try {
            return index.engine().similar(text, component, audience(), limit);
        } catch (SearchUnavailableException e) {
            throw unavailable(e);
        }
    }

    private Audience audience() {
        return index.audienceOf(CitizenPrincipal.of(security.getUserPrincipal()).orElse(null));
    }

    private static Refusal unavailable(SearchUnavailableException e) {
        LOG.warning(() -> "Search unavailable: " + e.getMessage());
        return new Refusal(Refusal.Kind.UNAVAILABLE, "search.unavailable", SearchUnavailableException.MESSAGE);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return DateInput.parse(value).orElseThrow(() -> new Refusal(Refusal.Kind.BAD_INPUT, "search.date.invalid",
                new LocalizedText("La date « " + value + " » n'est pas valide : écrivez-la AAAA-MM-JJ, entre 1900 et 2199.",
                        "The date \"" + value + "\" is not valid: write it YYYY-MM-DD, from 1900 to 2199.")));
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value.strip());
        }
    }
}
