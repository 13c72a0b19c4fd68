package org.regiolod.web.server;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The Fuseki assembler configuration ({@code fuseki-config/config.ttl}), read as RDF so that
 * {@code serve} can point it at the version being published and set the query timeout; nothing
 * else is changed, so what the embedded server runs is what a standalone Fuseki runs.
 */
public final class FusekiConfig {
    /** The file in the repository, and the same file inside the jar. */
    public static final Path FILE = Path.of("fuseki-config", "config.ttl");
    public static final String RESOURCE = "/fuseki-config/config.ttl";

    static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    static final String FUSEKI = "http://jena.apache.org/fuseki#";

    private FusekiConfig() {}

    /** The configuration shipped in the jar (the same file as {@link #FILE}). */
    public static Model standard() {
        try (InputStream in = FusekiConfig.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Model read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Fuseki configuration " + file + ": " + e.getMessage(), e);
        }
    }

    private static Model parse(InputStream in, String name) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(in).lang(Lang.TURTLE).base("file:///regiolod/" + name).parse(m);
        return m;
    }

    /** A copy of {@code config} whose TDB2 dataset lives in {@code location}. */
    public static Model withLocation(Model config, Path location) {
        Model m = ModelFactory.createDefaultModel().add(config).setNsPrefixes(config.getNsPrefixMap());
        Property loc = m.createProperty(TDB2, "location");
        List<Resource> datasets = m.listSubjectsWithProperty(RDF.type, m.createResource(TDB2 + "DatasetTDB2")).toList();
        if (datasets.size() != 1) {
            throw new IllegalArgumentException("the Fuseki configuration must define exactly one tdb2:DatasetTDB2, found " + datasets.size());
        }
        Resource ds = datasets.get(0);
        ds.removeAll(loc);
        ds.addProperty(loc, location.toAbsolutePath().toString());
        return m;
    }

    /** A copy of {@code config} whose server-wide {@code arq:queryTimeout} is {@code timeout}. */
    public static Model withQueryTimeout(Model config, Duration timeout) {
        Model m = ModelFactory.createDefaultModel().add(config).setNsPrefixes(config.getNsPrefixMap());
        Property context = m.createProperty(JA, "context");
        Property cxtName = m.createProperty(JA, "cxtName");
        Property cxtValue = m.createProperty(JA, "cxtValue");
        String millis = Long.toString(timeout.toMillis());
        for (Statement s : m.listStatements(null, cxtName, "arq:queryTimeout").toList()) {
            Resource setting = s.getSubject();
            setting.removeAll(cxtValue);
            setting.addProperty(cxtValue, millis);
            return m;
        }
        Resource server = m.listSubjectsWithProperty(RDF.type, m.createResource(FUSEKI + "Server")).nextOptional()
                .orElseThrow(() -> new IllegalArgumentException("the Fuseki configuration has no fuseki:Server"));
        server.addProperty(context, m.createResource().addProperty(cxtName, "arq:queryTimeout").addProperty(cxtValue, millis));
        return m;
    }

    /** The configured query timeout, if the configuration sets one. */
    public static Duration queryTimeout(Model config) {
        Property cxtName = config.createProperty(JA, "cxtName");
        Property cxtValue = config.createProperty(JA, "cxtValue");
        return config.listStatements(null, cxtName, "arq:queryTimeout").nextOptional()
                .map(s -> s.getSubject().getProperty(cxtValue)).map(Statement::getObject).map(RDFNode::toString)
                .map(v -> Duration.ofMillis(Long.parseLong(v.split(",")[0].trim())))
                .orElse(null);
    }
}
