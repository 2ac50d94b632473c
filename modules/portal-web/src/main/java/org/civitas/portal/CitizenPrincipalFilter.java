package org.civitas.portal;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.civitas.spi.CitizenPrincipal;
import org.civitas.spi.CitizenRef;

/**
 * Makes the signed-in citizen the request's principal, so that a component's Faces beans (which live in
 * ear/lib and cannot see the portal's session bean) read who is acting with
 * {@code CitizenPrincipal.of(externalContext.getUserPrincipal())}.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class CitizenPrincipalFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    Portal portal;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CitizenRef citizen = request.getSession(false) == null ? null : portal.getCitizen();
        if (citizen == null) {
            chain.doFilter(request, response);
            return;
        }
        CitizenPrincipal principal = new CitizenPrincipal(citizen);
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return principal.isInRole(role);
            }
        }, response);
    }
}
