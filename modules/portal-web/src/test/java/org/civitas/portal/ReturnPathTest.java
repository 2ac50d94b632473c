package org.civitas.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReturnPathTest {

    @Test
    void aPageOfThePortalIsWhereTheVisitorGoesBack() {
        assertEquals("/spaces/space.xhtml?id=12&faces-redirect=true", ReturnPath.outcome("/spaces/space.xhtml?id=12"));
        assertEquals("/components/ideabox/idea.xhtml?component=3&id=41&faces-redirect=true",
                ReturnPath.outcome("/components/ideabox/idea.xhtml?component=3&id=41"));
        assertEquals("/search.xhtml?q=v%C3%A9lo&faces-redirect=true", ReturnPath.outcome("/search.xhtml?q=v%C3%A9lo"));
        assertEquals("/search.xhtml?q=pistes+cyclables&faces-redirect=true", ReturnPath.outcome("/search.xhtml?q=pistes+cyclables"),
                "a search typed in a form");
    }

    @Test
    void anythingElseGoesHomeNeverToAnotherSite() {
        for (String back : new String[] {null, "", "https://evil.example/", "//evil.example/x.xhtml", "/\\evil.example",
                "evil.example/index.xhtml", "/%2F%2Fevil.example", "/index.xhtml\r\nLocation: https://evil.example",
                "/../../etc/passwd.xhtml", "javascript:alert(1)", "/index.xhtml#x", "/account/login.xhtml?back=/x.xhtml",
                "/account/register.xhtml"}) {
            assertEquals("/index?faces-redirect=true", ReturnPath.outcome(back), String.valueOf(back));
        }
    }
}
