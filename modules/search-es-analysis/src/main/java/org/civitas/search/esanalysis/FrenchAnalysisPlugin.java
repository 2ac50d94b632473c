package org.civitas.search.esanalysis;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Registers, under analysis-common's names and settings, the four token filters the Elasticsearch engine's
 * French analyzer needs, each the same Lucene filter analysis-common wraps.
 */
public class FrenchAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
                "lowercase", (index, env, name, settings) -> filter(name, LowerCaseFilter::new),
                "asciifolding", (index, env, name, settings) -> filter(name, ASCIIFoldingFilter::new),
                "snowball", (index, env, name, settings) -> {
                    String language = settings.get("language", "English");
                    return filter(name, in -> new SnowballFilter(in, language));
                },
                "elision", (index, env, name, settings) -> {
                    CharArraySet articles = new CharArraySet(settings.getAsList("articles"),
                            settings.getAsBoolean("articles_case", false));
                    return filter(name, in -> new ElisionFilter(in, articles));
                });
    }

    private static TokenFilterFactory filter(String name, UnaryOperator<TokenStream> filter) {
        return new TokenFilterFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public TokenStream create(TokenStream tokenStream) {
                return filter.apply(tokenStream);
            }
        };
    }
}
