package org.civitas.portal;

import java.util.regex.Pattern;

/**
 * Where a page sends the visitor back to (after logging in, after a report): a page of this portal only, as
 * its view and query. The path comes from the request, so anything else ("//host", "/\host", "https:…", a
 * header injection) goes to the home page instead of to another site.
 */
final class ReturnPath {

    private static final Pattern PAGE = Pattern.compile("/[A-Za-z0-9_./-]{0,200}\\.xhtml(\\?[A-Za-z0-9_.=&%+,-]{0,300})?");
    private static final String HOME = "/index";

    private ReturnPath() {
    }

    /** The Faces outcome that redirects to {@code back} when it is a page of this portal, otherwise home. */
    static String outcome(String back) {
        String path = HOME;
        if (back != null && PAGE.matcher(back).matches() && !back.startsWith("//") && !back.contains("..")
                && !back.startsWith("/account/login.") && !back.startsWith("/account/register.")) {
            path = back;
        }
        return path + (path.contains("?") ? "&" : "?") + "faces-redirect=true";
    }
}
