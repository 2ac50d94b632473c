package org.civitas.portal;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A portal published over HTTPS (its public address, {@code civitas.portal.url}) sends its session cookie only
 * over HTTPS, even when TLS ends at the city's reverse proxy and the server itself speaks plain HTTP.
 */
@WebListener
public class SecureCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String portal = ConfigProvider.getConfig().getOptionalValue("civitas.portal.url", String.class).orElse("");
        if (portal.startsWith("https://")) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
