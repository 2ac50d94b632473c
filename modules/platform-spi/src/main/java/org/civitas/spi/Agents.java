package org.civitas.spi;

import java.util.List;

/** The city's directorate agents, for components that hand a contribution to one of them to study. */
public interface Agents {

    /** Every agent (role AGENT, account not erased), by pseudonym; each ref carries the agent's directorate. */
    List<CitizenRef> all();
}
