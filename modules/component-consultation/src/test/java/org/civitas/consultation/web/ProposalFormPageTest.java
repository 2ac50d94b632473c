package org.civitas.consultation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A refusal is shown at the field it concerns, which takes the focus. */
class ProposalFormPageTest {

    @Test
    void eachRefusalFindsItsField() {
        assertEquals("title", ProposalFormPage.field("consultation.proposal.title"));
        assertEquals("body", ProposalFormPage.field("consultation.proposal.body"));
        assertEquals("about", ProposalFormPage.field("consultation.proposal.section"));
        assertEquals("place", ProposalFormPage.field("consultation.proposal.point.far"));
        assertEquals("place", ProposalFormPage.field("consultation.proposal.address"));
        assertNull(ProposalFormPage.field("consultation.consultation.closed"), "said at the top of the page");
    }
}
