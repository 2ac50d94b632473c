package org.civitas.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small REST client for the tests: real HTTP to the running server, JSON parsed with JSON-P. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public record Reply(int status, String body, java.net.http.HttpHeaders headers) {
        public java.util.Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        public String error() {
            return json().getString("error");
        }

        public String message() {
            return json().getString("message");
        }
    }

    /** An answer whose body is binary (a photo). */
    public record Bytes(int status, byte[] body, java.net.http.HttpHeaders headers) {
        public java.util.Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private final String token;
    private final String language;
    private final String forwardedFor;

    private Api(String token, String language, String forwardedFor) {
        this.token = token;
        this.language = language;
        this.forwardedFor = forwardedFor;
    }

    public static Api anonymous() {
        return new Api(null, "fr", null);
    }

    public static Api as(String token) {
        return new Api(token, "fr", null);
    }

    public Api inEnglish() {
        return in("en");
    }

    /** Sends no {@code Accept-Language} header, as many API clients do. */
    public Api withoutLanguage() {
        return new Api(token, null, forwardedFor);
    }

    /** Sends this {@code Accept-Language} header as it is, well-formed or not. */
    public Api in(String acceptLanguage) {
        return new Api(token, acceptLanguage, forwardedFor);
    }

    /** The address this client calls from, as the trusted proxy reports it (null: the connection's own). */
    public String address() {
        return forwardedFor;
    }

    /** Calls as if from {@code address}, behind the trusted reverse proxy the test server is configured with. */
    public Api from(String address) {
        return new Api(token, language, address);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** Asks for an answer in a given media type (the {@code Accept} header). */
    public Reply get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply post(String path, String json) {
        return post(path, json, "application/json");
    }

    /** Posts a body of another media type: a spreadsheet, a file. */
    public Reply post(String path, String body, String contentType) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Puts a binary body (a photo) of the given media type. */
    public Reply put(String path, byte[] body, String contentType) {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Reads a binary answer (a photo). */
    public Bytes getBytes(String path) {
        try {
            HttpResponse<byte[]> r = HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(PlatformServices.BASE + "/api/v1" + path))
                .timeout(Duration.ofSeconds(30));
        if (language != null) {
            b.header("Accept-Language", language);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return b;
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
