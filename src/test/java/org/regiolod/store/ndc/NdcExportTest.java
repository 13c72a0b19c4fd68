package org.regiolod.store.ndc;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regiolod.cli.CliRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ndc-export} writes the layout the schema.gov.it harvester checks, and passes the NDC rules. */
class NdcExportTest {
    @TempDir static Path tmp;
    static Path repo;
    static CliRun run;

    @BeforeAll
    static void export() {
        repo = tmp.resolve("ndc");
        run = CliRun.of("ndc-export", "--modified", "2026-11-23", repo.toString());
    }

    @Test
    void theExportPassesTheNdcRules() {
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("NDC rules: 0 violations"), run::toString);
    }

    @Test
    void theLayoutFollowsTheHarvesterRules() throws IOException {
        assertTrue(Files.isRegularFile(repo.resolve("ndc-config.yaml")));
        assertTrue(Files.readString(repo.resolve("publiccode.yaml")).contains("codiceIPA: r_lombar"));
        for (String kind : List.of("ontologies", "controlled-vocabularies")) {
            try (Stream<Path> assets = Files.list(repo.resolve("assets").resolve(kind))) {
                List<Path> folders = assets.toList();
                assertFalse(folders.isEmpty(), kind);
                for (Path f : folders) {
                    String name = f.getFileName().toString();
                    assertTrue(NdcExporter.NAME.matcher(name).matches(), name);
                    Path ttl = f.resolve("latest").resolve(name + ".ttl");
                    assertTrue(Files.isRegularFile(ttl), ttl.toString());
                    Model m = RDFDataMgr.loadModel(ttl.toString());
                    if (kind.equals("controlled-vocabularies")) {
                        assertTrue(Files.isRegularFile(f.resolve("latest").resolve(name + ".csv")), name + ".csv");
                        var scheme = m.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).next();
                        assertEquals(name, NdcExporter.lastSegment(scheme.getURI()), "file name = folder name = last URI segment");
                        assertTrue(scheme.hasProperty(NdcExporter.keyConcept, name));
                        long concepts = m.listSubjectsWithProperty(SKOS.inScheme, scheme).toList().size();
                        long csvRows = Files.readAllLines(f.resolve("latest").resolve(name + ".csv")).size() - 1;
                        assertEquals(concepts, csvRows, name + ": one CSV row per concept");
                    } else {
                        assertTrue(m.contains(null, RDF.type, org.apache.jena.vocabulary.OWL.Ontology));
                    }
                }
            }
        }
    }

    @Test
    void aVocabularyMissingRequiredMetadataFailsTheRules() throws IOException {
        Path target = Files.list(repo.resolve("assets/controlled-vocabularies")).findFirst().orElseThrow();
        String name = target.getFileName().toString();
        Path ttl = target.resolve("latest/" + name + ".ttl");
        Model m = RDFDataMgr.loadModel(ttl.toString());
        m.removeAll(null, NdcExporter.keyConcept, null);
        var shapes = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.source(Path.of("vendor/ndc/VocabolariControllati-rules.shacl")).lang(org.apache.jena.riot.Lang.TURTLE).parse(shapes);
        var report = org.apache.jena.shacl.ShaclValidator.get().validate(org.apache.jena.shacl.Shapes.parse(shapes), m.getGraph());
        assertFalse(report.conforms());
    }
}
