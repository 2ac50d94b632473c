package org.civitas.ideabox;

/**
 * A moderator's decision on one idea.
 *
 * @param type        {@code review}, {@code admissible}, {@code not_admissible}, {@code information},
 *                    {@code duplicate}, {@code redirect} (to a component instance) or {@code external} (a scheme)
 * @param version     the idea's version the moderator saw: a decision made meanwhile by someone else wins
 * @param message     free text shown to the author and in the public history (the question, for information)
 * @param reasonId    not admissible: a standard reason, completed by {@code message}
 * @param duplicateOf duplicate: the original idea
 * @param componentId redirect: the component instance that takes the idea
 * @param schemeId    external: the scheme
 */
public record Decision(String type, Integer version, String message, Long reasonId, Long duplicateOf,
                       Long componentId, Long schemeId) {
}
