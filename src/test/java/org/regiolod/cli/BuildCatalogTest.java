package org.regiolod.cli;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.regiolod.TestData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regiolod.pipeline.BuildPipeline;
import org.regiolod.pipeline.BuildResult;
import org.regiolod.validate.CatalogValidator;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `regiolod build` publishes the catalog with the dumps, and stops (exit 1, nothing written) when
 * the catalog breaks a DCAT-AP or DCAT-AP_IT rule, as it does for the domain shapes.
 */
class BuildCatalogTest {
    static final String BASE = "http://example.test/";

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int build(Path data, Path site) {
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute("build", "--data", data.toString(), "--out", site.toString(), "--base-uri", BASE);
    }

    @Test
    void theBuildPublishesTheCatalogAndEachVocabularyAsDumps(@TempDir Path tmp) {
        Path site = tmp.resolve("site");
        assertEquals(Main.OK, build(Path.of("data"), site), err.toString());
        Model catalog = RDFDataMgr.loadModel(site.resolve("dumps/catalogo.ttl").toString());
        // Every distribution's download URL is a file the build wrote.
        var urls = catalog.listObjectsOfProperty(org.apache.jena.vocabulary.DCAT.downloadURL).toList();
        assertTrue(urls.size() >= 24, "download URLs: " + urls.size());
        for (var url : urls) {
            String name = url.asResource().getURI().substring(BASE.length());
            assertTrue(Files.isRegularFile(site.resolve(name)), "no file for " + url);
        }
        // A vocabulary dump holds the scheme and its concepts, nothing else.
        Model lines = RDFDataMgr.loadModel(site.resolve("dumps/linee-psstd-2018.ttl").toString());
        var schemes = lines.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                org.apache.jena.vocabulary.SKOS.ConceptScheme).toList();
        assertEquals(1, schemes.size(), schemes.toString());
        var scheme = schemes.get(0);
        assertEquals(10, lines.listSubjectsWithProperty(org.apache.jena.vocabulary.SKOS.inScheme, scheme).toList().size());
        assertTrue(lines.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                lines.getResource("https://w3id.org/regiolod/onto/Intervention")).toList().isEmpty());
        assertTrue(err.toString().contains("catalog, DCAT-AP 3.0.1 shapes: 0 violations"), err.toString());
    }

    /** Input the readers accept but the catalog shapes reject: the build fails and writes nothing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "publisher without IPA code | organizzazioni/organisations.csv | ',r_lombar,' | ',,' | path: <http://purl.org/dc/terms/identifier>",
            "theme not in the EU table  | lombardia/psstd-2018/dataset.yaml | 'modified: 2026-11-23' | 'modified: 2026-11-23\ntheme: [PLANS]' | data-theme/PLANS",
            "frequency not in the EU table | lombardia/pttd-2021-2023/dataset.yaml | 'modified: 2026-11-23' | 'modified: 2026-11-23\naccrual_periodicity: SOMETIMES' | frequency/SOMETIMES",
    })
    void aCatalogViolationFailsTheBuildWithExit1AndWritesNothing(String why, String file, String from, String to,
                                                                String reported, @TempDir Path tmp) throws IOException {
        Path data = TestData.copyOfData(tmp);
        Path f = data.resolve(file);
        String text = Files.readString(f);
        assertTrue(text.contains(from), file + " has no " + from);
        Files.writeString(f, text.replace(from, to.replace("\\n", "\n")));

        Path site = tmp.resolve("site");
        assertEquals(Main.VIOLATIONS, build(data, site), why + "\n" + err);
        assertFalse(Files.exists(site), "nothing is written");
        assertTrue(err.toString().contains("build failed"), err.toString());
        assertTrue(err.toString().contains(reported), err.toString());
    }

    /** The same, one mandatory catalog property at a time, through the code that decides the exit code. */
    @ParameterizedTest(name = "without {1}")
    @CsvSource({
            "http://example.test/id/catalogo,                          http://purl.org/dc/terms/publisher",
            "http://example.test/id/dataset/pttd-2021-2023,           http://purl.org/dc/terms/title",
            "http://example.test/id/distribuzione/psstd-2018/ttl,     http://purl.org/dc/terms/license",
            "http://example.test/id/dataset/organizzazioni,           http://purl.org/dc/terms/rightsHolder",
    })
    void aMissingMandatoryPropertyMakesBuildExit1AndWriteNothing(String subject, String property, @TempDir Path tmp) {
        BuildResult good = goodBuild();
        Graph catalog = GraphFactory.createDefaultGraph();
        Txn.executeRead(good.dataset(), () -> good.dataset().getNamedModel(BASE + "id/catalogo").getGraph().find()
                .forEachRemaining(t -> {
                    if (!(t.getSubject().getURI() != null && t.getSubject().getURI().equals(subject)
                            && t.getPredicate().getURI().equals(property))) catalog.add(t);
                }));
        var passes = new CatalogValidator().validate(catalog);
        var outcome = CatalogValidator.merged(passes, null, catalog);
        Node s = NodeFactory.createURI(subject);
        assertTrue(outcome.violations().stream().anyMatch(e -> e.focusNode().equals(s)), outcome.violations().toString());
        BuildResult broken = new BuildResult(good.dataset(), outcome, good.inputHash(), good.baseUri(), good.triples(),
                good.dumpNames(), good.extraDumps());

        Path site = tmp.resolve("site");
        int code = BuildCommand.report(broken, site, new PrintWriter(err, true), new PrintWriter(out, true), System.nanoTime());
        assertEquals(Main.VIOLATIONS, code);
        assertFalse(Files.exists(site));
        assertTrue(err.toString().contains(property), err.toString());
    }

    private static BuildResult good;

    private static synchronized BuildResult goodBuild() {
        if (good == null) good = BuildPipeline.builder().data(Path.of("data")).baseUri(BASE).build().run();
        assertTrue(good.validation().conforms());
        return good;
    }

}
