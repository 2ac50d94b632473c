package org.civitas.spi;

import java.util.List;

/**
 * Who a component's demo acts as: {@code residents}, verified demo accounts living in different districts (at
 * least eight), and {@code team}, the administrator and moderator who studies, triages and decides.
 */
public record DemoCitizens(List<CitizenRef> residents, CitizenRef team) {
    public DemoCitizens {
        residents = List.copyOf(residents);
    }

    /** The {@code n}-th resident, going round the list: a demo spreads its contributions over everyone. */
    public CitizenRef resident(int n) {
        return residents.get(Math.floorMod(n, residents.size()));
    }
}
