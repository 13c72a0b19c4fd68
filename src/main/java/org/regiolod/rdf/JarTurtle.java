package org.regiolod.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Turtle files shipped in the jar (the ontology, vendored vocabularies), read into a new model. */
public final class JarTurtle {
    private JarTurtle() {}

    /** Parses the classpath resource {@code resource}; a missing one is a broken jar, not bad input. */
    public static Model read(String resource) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = JarTurtle.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing from the classpath: " + resource);
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
