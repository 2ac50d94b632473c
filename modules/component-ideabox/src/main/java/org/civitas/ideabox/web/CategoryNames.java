package org.civitas.ideabox.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.civitas.ideabox.IdeaBoxComponent;
import org.civitas.spi.ComponentAccess;
import org.civitas.spi.ComponentRef;

/** Categories in the reader's language, each box's settings read once per request however many ideas a page names. */
@Named("ideaCategories")
@RequestScoped
public class CategoryNames {

    @Inject
    ComponentAccess access;

    private final Map<Long, ComponentRef> boxes = new HashMap<>();

    public String name(long box, String category) {
        ComponentRef ref = boxes.computeIfAbsent(box, id -> access.component(IdeaBoxComponent.ID, id, Faces.viewer()));
        return IdeaBoxComponent.categoryName(ref, category, Faces.locale());
    }
}
