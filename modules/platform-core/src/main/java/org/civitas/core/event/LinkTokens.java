package org.civitas.core.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.civitas.core.account.AccountToken;
import org.civitas.core.account.Citizen;
import org.civitas.core.account.SecretToken;

/**
 * The single-use token of a link mail, committed before the mail leaves: a person (or a test) who follows the
 * link the moment it arrives must find it valid. If the send then fails, the token expires unused, in no one's
 * hands, and the retry issues another.
 */
@ApplicationScoped
public class LinkTokens {

    @PersistenceContext(unitName = "civitas")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String issue(long citizenId, AccountToken.Purpose purpose, int hours) {
        SecretToken token = SecretToken.generate();
        em.persist(new AccountToken(em.find(Citizen.class, citizenId), purpose, token,
                Instant.now().plus(Duration.ofHours(hours))));
        return token.value();
    }
}
