package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.civitas.core.space.SpaceView;
import org.civitas.core.space.Spaces;

@Named
@RequestScoped
public class HomePage {

    @Inject
    Spaces spaces;
    @Inject
    Portal portal;

    private List<SpaceView> open;

    public List<SpaceView> getSpaces() {
        if (open == null) {
            open = spaces.list(null, portal.getLocale());
        }
        return open;
    }
}
