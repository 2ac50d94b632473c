package org.civitas.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.PluginsLoader;

/**
 * A real single-node Elasticsearch 8.19 in the test JVM. Its home ({@code es.home}, laid out by the
 * build) holds the transport-netty4 module (HTTP) and the French analysis filters. Data lives in a
 * folder of the caller's, so a node stopped and started again finds its index, as after an outage.
 */
final class EmbeddedElasticsearch implements AutoCloseable {

    private static boolean loggingConfigured;

    private final Node node;
    final int port;

    private EmbeddedElasticsearch(Node node, int port) {
        this.node = node;
        this.port = port;
    }

    static synchronized EmbeddedElasticsearch start(Path data, int port) throws Exception {
        if (!loggingConfigured) {
            LogConfigurator.configureESLogging();
            loggingConfigured = true;
        }
        Settings settings = Settings.builder()
                .put("path.home", System.getProperty("es.home"))
                .put("path.data", data.toString())
                .put("cluster.name", "civitas-test")
                .put("node.name", "civitas-test")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", port)
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        Environment env = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "civitas-test");
        Node node = new Node(env, PluginsLoader.createPluginsLoader(
                PluginsLoader.loadModulesBundles(env.modulesDir()), Set.of(), Map.of(), false));
        node.start();
        return new EmbeddedElasticsearch(node, port);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws IOException {
        node.close();
    }
}
