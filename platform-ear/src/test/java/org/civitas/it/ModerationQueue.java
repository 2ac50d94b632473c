package org.civitas.it;

import jakarta.json.JsonObject;
import java.util.Optional;

/** Finds a contribution's open case in the moderators' queue, page by page (the queue shows 20 cases a page). */
final class ModerationQueue {

    private ModerationQueue() {
    }

    static Optional<JsonObject> openCase(Api moderator, String component, String contributionId) {
        for (int page = 0; page < 100; page++) {
            JsonObject queue = moderator.get("/moderation/queue?component=" + component + "&page=" + page).json();
            Optional<JsonObject> found = queue.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getString("contributionId").equals(contributionId)).findFirst();
            if (found.isPresent() || queue.getJsonArray("items").size() < queue.getInt("pageSize")) {
                return found;
            }
        }
        return Optional.empty();
    }
}
