package org.civitas.search;

import org.civitas.spi.LocalizedText;

/**
 * The search engine cannot be reached (an Elasticsearch cluster down or unreachable). Indexing events then
 * stay in the outbox and are delivered again; searches get a clear "try again later" answer.
 */
public class SearchUnavailableException extends RuntimeException {

    /** What people are told, in the API and the portal. */
    public static final LocalizedText MESSAGE = new LocalizedText(
            "La recherche est momentanément indisponible. Réessayez dans quelques minutes : rien n'est perdu, "
                    + "les contributions récentes y apparaîtront dès son retour.",
            "Search is unavailable for the moment. Please try again in a few minutes: nothing is lost, recent "
                    + "contributions will appear as soon as it is back.");

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
