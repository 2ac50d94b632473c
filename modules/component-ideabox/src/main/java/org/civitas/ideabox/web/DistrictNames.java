package org.civitas.ideabox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.civitas.spi.Territory;

/** The city's districts for the pages, read once per request however many ideas a page names. */
@Named("ideaDistricts")
@RequestScoped
public class DistrictNames {

    @Inject
    Territory territory;

    private List<Territory.District> all;

    public List<Territory.District> getAll() {
        if (all == null) {
            all = territory.districts();
        }
        return all;
    }

    /** A district's name from its code; empty for none (the whole city). */
    public String name(String code) {
        return code == null ? "" : getAll().stream().filter(d -> d.code().equals(code))
                .map(Territory.District::name).findFirst().orElse(code);
    }
}
