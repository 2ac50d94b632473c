package org.civitas.ideabox;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query on one box's ideas (or several boxes'), built condition by condition. The page and its count share the same conditions, so
 * every filter applies to both: a filter applied after paging would make the total lie.
 */
final class IdeaQuery {

    private final StringBuilder where = new StringBuilder(" FROM Idea i WHERE i.componentId = :c");
    private final Map<String, Object> params = new LinkedHashMap<>();

    IdeaQuery(long componentId) {
        params.put("c", componentId);
    }

    /** A query on several boxes' ideas (say, every box a moderator triages). */
    IdeaQuery(List<Long> componentIds) {
        where.replace(0, where.length(), " FROM Idea i WHERE i.componentId IN :c");
        params.put("c", componentIds);
    }

    /** Adds a condition naming one parameter, {@code :name}; nothing when the value is null (no filter). */
    IdeaQuery and(String condition, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            params.put(name, value);
        }
        return this;
    }

    /** Adds a condition without parameters when {@code applies}. */
    IdeaQuery and(String condition, boolean applies) {
        if (applies) {
            where.append(" AND ").append(condition);
        }
        return this;
    }

    /** {@code i.<field> = :<field>}, when the filter has a value. */
    IdeaQuery equal(String field, Object value) {
        return and("i." + field + " = :" + field, field, value);
    }

    String where() {
        return where.toString();
    }

    Map<String, Object> params() {
        return params;
    }

    List<Idea> page(EntityManager em, String orderBy, int first, int max) {
        TypedQuery<Idea> query = em.createQuery("SELECT i" + where + " ORDER BY " + orderBy, Idea.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    long count(EntityManager em) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i)" + where, Long.class);
        params.forEach(count::setParameter);
        return count.getSingleResult();
    }
}
