package org.civitas.core.space;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.civitas.spi.ComponentManifest;
import org.civitas.spi.ParticipationComponent;

/** The components deployed with the platform, found through CDI: core never imports one. */
@ApplicationScoped
public class ComponentRegistry {

    @Inject
    @Any
    Instance<ParticipationComponent> components;

    public List<ParticipationComponent> all() {
        return components.stream().sorted(Comparator.comparing(c -> c.manifest().id())).toList();
    }

    public List<ComponentManifest> manifests() {
        return all().stream().map(ParticipationComponent::manifest).toList();
    }

    public Optional<ParticipationComponent> find(String manifestId) {
        return all().stream().filter(c -> c.manifest().id().equals(manifestId)).findFirst();
    }
}
