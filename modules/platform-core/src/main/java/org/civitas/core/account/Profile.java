package org.civitas.core.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.civitas.spi.Role;

/** What a citizen sees and edits of their own account. */
public record Profile(long id, String email, boolean emailVerified, String pseudonym, Set<Role> roles,
                      String directorate, LocalDate birthDate, String address, String district,
                      boolean newsletterConsent, String locale, Instant termsAcceptedAt, Instant createdAt) {

    static Profile of(Citizen c) {
        return new Profile(c.getId(), c.getEmail(), c.isEmailVerified(), c.getPseudonym(), c.getRoles(),
                c.getDirectorate(), c.getBirthDate(), c.getAddress(), c.getDistrictCode(), c.isNewsletterConsent(),
                c.getLocale(), c.getTermsAcceptedAt(), c.getCreatedAt());
    }
}
