package org.civitas.core.account;

import java.time.LocalDate;

/** The editable part of a profile; null birth date, address or district mean "not given". */
public record ProfileChange(String pseudonym, LocalDate birthDate, String address, String district,
                            boolean newsletterConsent, String locale) {
}
