package org.civitas.core.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.civitas.spi.Territory;

/** The districts administrators keep, in their order, for components. */
@ApplicationScoped
public class CityTerritory implements Territory {

    @Inject
    Districts districts;

    @Override
    public List<District> districts() {
        return districts.all().stream().map(d -> new District(d.getCode(), d.getName())).toList();
    }
}
