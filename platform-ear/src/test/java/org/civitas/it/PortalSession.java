package org.civitas.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without a screen: the portal's pages and forms over HTTP, with the session cookie, after login. */
public final class PortalSession {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    /** For uploads: the JDK would follow their redirect with the multipart Content-Type and no body. */
    private final HttpClient uploads = HttpClient.newBuilder().cookieHandler(cookies).build();

    /** Someone who has not signed in. */
    public static PortalSession anonymous() {
        return new PortalSession();
    }

    /** Signs in through the portal's login form. */
    public static PortalSession signIn(String email, String password) {
        PortalSession session = new PortalSession();
        String login = session.get("/account/login.xhtml");
        session.post("/account/login.xhtml", login, Map.of("login", "login", "login:email", email,
                "login:password", password, "login:submit", "Se connecter"));
        return session;
    }

    public String get(String path) {
        return send(HttpRequest.newBuilder(URI.create(PlatformServices.BASE + path)).GET()).body();
    }

    /** The status a GET of {@code path} answers with: a page refused on loading says so, beside its message. */
    public int status(String path) {
        return send(HttpRequest.newBuilder(URI.create(PlatformServices.BASE + path)).GET()).statusCode();
    }

    /** Posts {@code fields} with the view state of {@code page}, the page the form was on. */
    public String post(String path, String page, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", viewState(page));
        StringBuilder body = new StringBuilder();
        all.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(encode(k)).append('=').append(encode(v)));
        return send(HttpRequest.newBuilder(URI.create(PlatformServices.BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))).body();
    }

    /** Posts a body already form-encoded (a field may repeat, as ticked checkboxes do) with the view state of {@code page}. */
    public String postEncoded(String path, String page, String encodedFields) {
        return send(HttpRequest.newBuilder(URI.create(PlatformServices.BASE + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encodedFields + "&jakarta.faces.ViewState="
                        + encode(viewState(page))))).body();
    }

    /** Posts {@code fields} and one file as {@code multipart/form-data}, with the view state of {@code page}. */
    public String postFile(String path, String page, Map<String, String> fields, String fileField, String fileName,
                           String content) {
        return postFile(path, page, fields, fileField, fileName, content.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    /** Posts {@code fields} and one binary file (a photo) of the given type, as {@code multipart/form-data}. */
    public String postFile(String path, String page, Map<String, String> fields, String fileField, String fileName,
                           byte[] content, String contentType) {
        String boundary = "civitas" + System.nanoTime();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", viewState(page));
        StringBuilder head = new StringBuilder();
        all.forEach((k, v) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: ").append(contentType)
                .append("\r\n\r\n");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = Http.send(uploads, HttpRequest.newBuilder(URI.create(PlatformServices.BASE + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        return answer.statusCode() / 100 != 3 ? answer.body() : send(HttpRequest.newBuilder(URI.create(PlatformServices.BASE
                + path).resolve(answer.headers().firstValue("Location").orElseThrow())).GET()).body();
    }

    private static String viewState(String page) {
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), "a Faces form: " + page);
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return Http.send(client, request);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
