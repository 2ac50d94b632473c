package org.civitas.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.civitas.search.Reindexer;
import org.civitas.spi.Refusal;

/** Administrators: rebuild the search index and follow its progress. */
@Named
@RequestScoped
public class AdminSearchPage {

    @Inject
    Reindexer reindexer;
    @Inject
    Portal portal;

    public Reindexer.Progress getProgress() {
        return portal.isAdministrator() ? reindexer.progress() : null;
    }

    public boolean isRunning() {
        Reindexer.Progress p = getProgress();
        return p != null && p.state() == Reindexer.State.RUNNING;
    }

    public String start() {
        try {
            reindexer.start(portal.required());
            portal.info("admin.search.started");
        } catch (Refusal refusal) {
            portal.show(refusal, null);
        }
        return "/admin/search?faces-redirect=true";
    }
}
