package org.regiolod.source;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an RDF file given to {@code validate} (syntax by extension). Refuses, with the file named,
 * what a parser would otherwise accept in silence: a Turtle/N-Triples/JSON-LD file that is not UTF-8
 * (Jena would turn the bad bytes into U+FFFD), an RDF/XML file declaring an external entity (the
 * parser does not read it — good — but leaves an empty value where it is used), and a file with no
 * triples at all.
 */
public final class RdfFileReader {
    private static final Pattern EXTERNAL_ENTITY =
            Pattern.compile("<!ENTITY\\s+(?:%\\s*)?([\\w.:-]+)\\s+(SYSTEM|PUBLIC)\\s+(\"[^\"]*\"|'[^']*')");
    static final String EXTENSIONS = ".ttl, .nt, .jsonld, .rdf, .nq, .trig";

    /** Adds the triples of every graph of the file to {@code into}; returns how many the file holds. */
    public long readInto(Path file, Graph into) {
        if (!Files.isRegularFile(file)) throw InputError.inFile(file, "the file does not exist", "check the path");
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null) {
            throw InputError.inFile(file, "the file's extension names no RDF syntax",
                    "name it with one of " + EXTENSIONS + " after its syntax");
        }
        if (lang.equals(Lang.RDFXML)) {
            checkNoExternalEntity(file);
        } else {
            TextFile.readUtf8(file); // every syntax but RDF/XML is UTF-8 by definition
        }
        DatasetGraph dsg = DatasetGraphFactory.create();
        try {
            // Quads formats (N-Quads, TriG) are read whole: every graph is validated together.
            RDFParser.source(file).lang(lang).parse(dsg);
        } catch (RiotException e) {
            throw InputError.inFile(file, "cannot be parsed as RDF: " + e.getMessage(),
                    "check the syntax; the format is chosen by the file's extension (" + EXTENSIONS + ")");
        }
        long[] n = {0};
        dsg.find().forEachRemaining(q -> { into.add(q.asTriple()); n[0]++; });
        if (n[0] == 0) throw InputError.inFile(file, "holds no triples", "check that it is the file you meant to validate");
        return n[0];
    }

    private static void checkNoExternalEntity(Path file) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1); // only ASCII markup is looked for
        } catch (IOException e) {
            throw InputError.inFile(file, "cannot be read: " + e.getMessage(), null);
        }
        Matcher m = EXTERNAL_ENTITY.matcher(text);
        if (m.find()) {
            int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            throw InputError.at(file, line, "declares the external XML entity '" + m.group(1) + "' (" + m.group(2) + " "
                    + m.group(3) + "), which is never read: its uses would be empty",
                    "replace the entity's uses with the text itself");
        }
    }
}
