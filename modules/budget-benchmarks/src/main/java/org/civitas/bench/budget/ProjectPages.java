package org.civitas.bench.budget;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A budget's project list, first page (50 projects), as anonymous visitors load it: the portal page, each
 * visitor keeping its session cookie as a browser does, and the REST call. Run by {@link ProjectListLoad}, which
 * files the projects and passes the budget's id ({@code bench.budget}).
 */
public class ProjectPages {

    @State(Scope.Thread)
    public static class Visitor {
        HttpClient client;
        HttpRequest page;
        HttpRequest rest;

        @Setup(Level.Trial)
        public void open() {
            client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(5)).build();
            String budget = System.getProperty("bench.budget");
            page = HttpRequest.newBuilder(URI.create(Platform.BASE + "/components/budget/index.xhtml?component=" + budget))
                    .header("Accept-Language", "fr").timeout(Duration.ofSeconds(60)).build();
            rest = HttpRequest.newBuilder(URI.create(Platform.BASE + "/api/v1/budget/" + budget + "/projects"))
                    .header("Accept-Language", "fr").timeout(Duration.ofSeconds(60)).build();
        }

        String load(HttpRequest request, String mustHold) throws IOException, InterruptedException {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.body().contains(mustHold)) {
                throw new IllegalStateException("unexpected answer " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        }
    }

    @Benchmark
    public int portal(Visitor v) throws IOException, InterruptedException {
        return v.load(v.page, "project-count").length();
    }

    @Benchmark
    public int rest(Visitor v) throws IOException, InterruptedException {
        return v.load(v.rest, "\"total\"").length();
    }
}
