package org.civitas.spi;

import java.util.List;

/** The city's districts, as administrators keep them: for components' forms and filters. */
public interface Territory {

    List<District> districts();

    record District(String code, String name) {
    }
}
