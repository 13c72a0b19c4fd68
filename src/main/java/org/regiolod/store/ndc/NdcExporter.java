package org.regiolod.store.ndc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.regiolod.pipeline.BuildResult;
import org.regiolod.rdf.Prefixes;
import org.regiolod.rdf.Vocab;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the ontology and the controlled vocabularies (every SKOS concept scheme of the build) in
 * the repository layout the National Data Catalog (schema.gov.it) harvests:
 * {@code ndc-config.yaml}, {@code publiccode.yaml}, {@code assets/ontologies/<name>/latest/<name>.ttl},
 * {@code assets/controlled-vocabularies/<name>/latest/<name>.ttl} with a CSV projection and the
 * JSON-LD context mapping its columns. Names are the last segment of the asset's URI.
 */
public final class NdcExporter {
    public static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]{1,64}");
    public static final String NDC = "https://w3id.org/italia/onto/NDC/";
    static final String DCATAPIT = "http://dati.gov.it/onto/dcatapit#";
    static final String ADMSAPIT = "https://w3id.org/italia/onto/ADMS/";
    static final Property keyConcept = ResourceFactory.createProperty(NDC, "keyConcept");
    static final String FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";
    static final String THEME = "http://publications.europa.eu/resource/authority/data-theme/";

    private final BuildResult build;
    private final LocalDate modified;
    private final String version;

    public NdcExporter(BuildResult build, LocalDate modified, String version) {
        this.build = build;
        this.modified = modified;
        this.version = version;
    }

    /** What was written: asset names by kind. */
    public record Exported(List<String> ontologies, List<String> vocabularies) {}

    public Exported export(Path dir) throws IOException {
        Files.createDirectories(dir);
        Dataset ds = build.dataset();
        Model data = ModelFactory.createDefaultModel();
        Model onto = ModelFactory.createDefaultModel();
        ds.executeRead(() -> ds.listModelNames().forEachRemaining(n -> {
            // The DCAT-AP_IT catalog describes the graphs; it is not one of them.
            if (org.regiolod.rdf.catalog.CatalogMapper.DUMP_NAME.equals(build.dumpNames().get(n.getURI()))) return;
            if (n.getURI().equals(Vocab.ONTOLOGY)) onto.add(ds.getNamedModel(n));
            else data.add(ds.getNamedModel(n));
        }));

        List<String> ontologies = new ArrayList<>();
        String ontoName = lastSegment(Vocab.ONTOLOGY);
        writeTurtle(onto, dir.resolve("assets/ontologies/" + ontoName + "/latest/" + ontoName + ".ttl"));
        ontologies.add(ontoName);

        List<String> vocabularies = new ArrayList<>();
        List<Resource> schemes = data.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList();
        schemes.sort(Comparator.comparing(Resource::getURI));
        for (Resource scheme : schemes) {
            String name = lastSegment(scheme.getURI());
            Path folder = dir.resolve("assets/controlled-vocabularies/" + name + "/latest");
            Model vocab = vocabulary(data, scheme, name);
            writeTurtle(vocab, folder.resolve(name + ".ttl"));
            new VocabularyCsv(vocab, scheme).write(folder.resolve(name + ".csv"), folder.resolve(name + ".context.jsonld"));
            vocabularies.add(name);
        }
        writeYaml(dir.resolve("ndc-config.yaml"), Map.of("assets", Map.of(
                "ontologies", Map.of("path", "assets/ontologies"),
                "vocabularies", Map.of("path", "assets/controlled-vocabularies"))));
        writeYaml(dir.resolve("publiccode.yaml"), new PublicCode(build.baseUri(), version).asMap());
        return new Exported(ontologies, vocabularies);
    }

    /** The scheme, its concepts, and the DCAT-AP_IT metadata the catalog requires of a vocabulary. */
    private Model vocabulary(Model data, Resource scheme, String name) {
        Model m = ModelFactory.createDefaultModel().setNsPrefixes(Prefixes.STANDARD).setNsPrefix("ndc", NDC);
        m.add(scheme.listProperties());
        List<Resource> concepts = data.listSubjectsWithProperty(SKOS.inScheme, scheme).toList();
        for (Resource c : concepts) {
            for (Statement st : c.listProperties().toList()) {
                // Keep the concept's own description; links to plans and documents stay in the dataset dumps.
                if (st.getObject().isLiteral() || st.getPredicate().equals(RDF.type) || st.getPredicate().getNameSpace().equals(SKOS.getURI())
                        || st.getPredicate().equals(Vocab.PROV.wasDerivedFrom)) {
                    m.add(st);
                }
            }
        }
        Resource s = m.getResource(scheme.getURI());
        String title = firstLiteral(scheme, SKOS.prefLabel, DCTerms.title, name);
        Resource publisher = publisherOf(data, scheme, concepts);
        s.addProperty(RDF.type, m.createResource(DCATAPIT + "Dataset"))
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(keyConcept, name)
                .addProperty(OWL.versionInfo, version)
                .addProperty(DCTerms.accrualPeriodicity, m.createResource(FREQUENCY + "IRREG"))
                .addProperty(DCAT.theme, m.createResource(THEME + "GOVE"))
                .addLiteral(DCTerms.modified, m.createTypedLiteral(modified.toString(), XSDDatatype.XSDdate));
        if (!s.hasProperty(DCTerms.identifier)) s.addProperty(DCTerms.identifier, name);
        if (!s.hasProperty(DCTerms.title)) s.addProperty(DCTerms.title, title, "it");
        s.addProperty(DCTerms.description, "Vocabolario controllato pubblicato da RegioLOD: " + title
                + " (" + concepts.size() + " concetti), tratto dal documento fonte indicato da prov:wasDerivedFrom.", "it");
        s.addProperty(DCAT.keyword, "vocabolario controllato", "it");
        s.addProperty(DCAT.keyword, "trasformazione digitale", "it");
        if (publisher != null) {
            s.addProperty(DCTerms.rightsHolder, publisher).addProperty(DCTerms.publisher, publisher);
            data.getResource(publisher.getURI()).listProperties().forEachRemaining(st -> {
                if (st.getObject().isLiteral() || st.getPredicate().equals(RDF.type)) m.add(st);
            });
        }
        Resource ttl = m.createResource(scheme.getURI() + "/ttl")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(RDF.type, m.createResource(DCATAPIT + "Distribution"))
                .addProperty(DCTerms.format, m.createResource("http://publications.europa.eu/resource/authority/file-type/RDF_TURTLE"))
                .addProperty(DCAT.downloadURL, m.createResource(build.baseUri() + "dumps/" + name + ".ttl"))
                .addProperty(DCAT.accessURL, m.createResource(scheme.getURI()))
                .addProperty(DCTerms.license, m.createResource("https://creativecommons.org/licenses/by/4.0/"));
        s.addProperty(DCAT.distribution, ttl);
        return m;
    }

    private static Resource publisherOf(Model data, Resource scheme, List<Resource> concepts) {
        // The publisher of the plan that owns the scheme (through its lines or target groups).
        for (Resource c : concepts) {
            Statement owner = c.getProperty(Vocab.isStrategicLineOf);
            if (owner != null) {
                Statement p = owner.getResource().getProperty(DCTerms.publisher);
                if (p != null) return p.getResource();
            }
        }
        var plans = data.listSubjectsWithProperty(Vocab.targetGroupScheme, scheme).toList();
        plans.addAll(data.listSubjectsWithProperty(Vocab.lineScheme, scheme).toList());
        for (Resource plan : plans) {
            Statement p = plan.getProperty(DCTerms.publisher);
            if (p != null) return p.getResource();
        }
        Statement docs = scheme.getProperty(Vocab.PROV.wasDerivedFrom);
        if (docs != null && docs.getResource().hasProperty(DCTerms.publisher)) return docs.getResource().getPropertyResourceValue(DCTerms.publisher);
        return null;
    }

    static String firstLiteral(Resource r, Property p1, Property p2, String fallback) {
        for (Property p : List.of(p1, p2)) {
            Statement st = r.getProperty(p);
            if (st != null && st.getObject().isLiteral()) return st.getString();
        }
        return fallback;
    }

    public static String lastSegment(String uri) {
        String trimmed = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
        String name = trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#')) + 1);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalStateException("'" + name + "' (from " + uri + ") is not a valid NDC asset name " + NAME);
        }
        return name;
    }

    private static void writeTurtle(Model m, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream os = Files.newOutputStream(file)) {
            RDFDataMgr.write(os, m, RDFFormat.TURTLE_PRETTY);
        }
    }

    private static void writeYaml(Path file, Map<String, ?> content) throws IOException {
        new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValue(file.toFile(), content);
    }

}
