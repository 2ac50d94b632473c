package org.civitas.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The maps' settings ({@code civitas.map.*}), one for every component's pages, as data attributes for their
 * scripts. Maps only add to the pages: every place is also typed, and everything is in the lists.
 */
@Named("maps")
@ApplicationScoped
public class MapSettings {

    /** Leaflet, served by the portal from its WebJar. */
    private static final String LEAFLET = "/webjars/leaflet/1.9.4/dist/";

    @Inject
    @ConfigProperty(name = "civitas.map.tiles", defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    String tiles;
    @Inject
    @ConfigProperty(name = "civitas.map.attribution", defaultValue = "© OpenStreetMap")
    String attribution;
    @Inject
    @ConfigProperty(name = "civitas.map.center", defaultValue = "48.8566,2.3522")
    String center;
    @Inject
    @ConfigProperty(name = "civitas.map.zoom", defaultValue = "12")
    int zoom;

    public String getTiles() { return tiles; }
    public String getAttribution() { return attribution; }
    public String getCenter() { return center; }
    public int getZoom() { return zoom; }
    public String getLeaflet() { return LEAFLET; }
}
