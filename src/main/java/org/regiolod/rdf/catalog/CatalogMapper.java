package org.regiolod.rdf.catalog;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.regiolod.rdf.Prefixes;
import org.regiolod.rdf.JarTurtle;
import org.regiolod.rdf.UriScheme;
import org.regiolod.rdf.Vocab;
import org.regiolod.source.CatalogConfig;
import org.regiolod.source.DatasetSource;
import org.regiolod.source.InputError;
import org.regiolod.source.Manifest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes the DCAT-AP_IT catalog of a build as a graph of its own: one dataset per dataset folder,
 * one for the ontology and one per SKOS concept scheme found in the graphs, each with its
 * distributions (the dump files), licence, rights holder, publisher and contact point. Every
 * resource is typed with the DCAT-AP_IT class and with the DCAT/DCMI/FOAF/vCard class, and the
 * code-list values with the classes the DCAT-AP range shapes expect.
 */
public final class CatalogMapper {
    public static final String LICENCES_RESOURCE = "/vendor/ontopia-vocabularies/licences.ttl";
    public static final String DUMP_NAME = "catalogo";
    private static final String ONTOLOGY_DATASET = "regiolod-ontology";

    private final UriScheme uris;
    private final CatalogConfig config;
    private final Path configFile;
    private final Consumer<String> progress;

    public CatalogMapper(UriScheme uris, CatalogConfig config, Path configFile, Consumer<String> progress) {
        this.uris = uris;
        this.config = config;
        this.configFile = configFile;
        this.progress = progress;
    }

    /** The catalog's IRI, which is also its graph's name. */
    public String catalogIri() {
        return uris.id("catalogo");
    }

    /**
     * @param graphs    the build's graphs (one per dataset, plus the ontology)
     * @param dumpNames for each graph, the name of its dump files
     */
    public Catalog map(List<DatasetSource> sources, Dataset graphs, Map<String, String> dumpNames) {
        return Txn.calculateRead(graphs, () -> map(sources, graphs.getUnionModel(), graphs, dumpNames));
    }

    private Catalog map(List<DatasetSource> sources, Model all, Dataset graphs, Map<String, String> dumpNames) {
        // Over Jena's newer in-memory graph (GraphMem2): the five validation passes read it, and
        // createDefaultModel()'s legacy GraphMem answered their lookups markedly slower.
        Model m = ModelFactory.createModelForGraph(GraphFactory.createDefaultGraph()).setNsPrefixes(Prefixes.STANDARD)
                .setNsPrefix("adms", "http://www.w3.org/ns/adms#");
        AgentDescriber agents = new AgentDescriber(all, m, uris, config, configFile);
        warnIfPlaceholder(config.contactPoint().email());

        Resource licence = licence(m);
        Resource contact = m.createResource(uris.id("punto-di-contatto", config.contactPoint().id()))
                .addProperty(RDF.type, DcatApIt.Organization)
                .addProperty(RDF.type, DcatApIt.VCARD.Organization)
                .addProperty(RDF.type, DcatApIt.VCARD.Kind)
                .addProperty(DcatApIt.VCARD.fn, config.contactPoint().name())
                .addProperty(DcatApIt.VCARD.hasEmail, m.createResource("mailto:" + config.contactPoint().email()));

        Resource catalog = m.createResource(catalogIri())
                .addProperty(RDF.type, DcatApIt.Catalog)
                .addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, config.title().strip(), "it")
                .addProperty(DCTerms.description, config.description().strip(), "it")
                .addProperty(DCTerms.publisher, agents.agent(config.publisher(), configFile, "publisher"))
                .addProperty(DCTerms.license, licence)
                .addProperty(FOAF.homepage, m.createResource(uris.base()).addProperty(RDF.type, FOAF.Document))
                // The VoID description the server publishes (endpoint, dumps, counts).
                .addProperty(RDFS.seeAlso, m.createResource(uris.base() + ".well-known/void"))
                .addProperty(DCAT.themeTaxonomy, code(m, DcatApIt.EU.DATA_THEME, SKOS.ConceptScheme)
                        .addProperty(DCTerms.title, "Data theme", "en"));
        for (String country : config.defaults().spatial()) catalog.addProperty(DCTerms.spatial, country(m, country));

        List<LocalDate> modified = new ArrayList<>();
        Map<String, Model> vocabularyDumps = new LinkedHashMap<>();
        for (DatasetSource s : sources) {
            Manifest mf = s.manifest();
            String graphName = uris.dataset(s.id());
            Resource ds = dataset(m, s, agents, contact, licence, dumpNames.get(graphName));
            modified.add(mf.modified());
            // The dataset's own graph holds its plan and period: the union would ask every graph (linear per lookup).
            addTemporal(m, ds, graphs.getNamedModel(graphName).getResource(graphName));
            catalog.addProperty(DCAT.dataset, ds);
            for (Resource scheme : ConceptSchemes.in(graphs.getNamedModel(graphName))) {
                Resource voc = vocabulary(m, scheme, ds, s, agents, contact, licence, dumpNames, vocabularyDumps);
                catalog.addProperty(DCAT.dataset, voc);
            }
        }
        Resource onto = ontologyDataset(m, graphs.getNamedModel(Vocab.ONTOLOGY).getResource(Vocab.ONTOLOGY),
                agents, contact, licence, dumpNames.get(Vocab.ONTOLOGY));
        catalog.addProperty(DCAT.dataset, onto);
        modified.add(LocalDate.parse(onto.getProperty(DCTerms.modified).getString()));

        LocalDate latest = modified.stream().max(LocalDate::compareTo).orElseThrow();
        catalog.addLiteral(DCTerms.modified, m.createTypedLiteral(latest.toString(), XSDDatatype.XSDdate));
        progress.accept("catalog: " + m.listSubjectsWithProperty(RDF.type, DcatApIt.Dataset).toList().size()
                + " datasets (" + sources.size() + " data, 1 ontology, " + vocabularyDumps.size() + " vocabularies)");
        return new Catalog(catalogIri(), DUMP_NAME, m, vocabularyDumps);
    }

    /** A dataset folder's entry: metadata from its manifest, defaults from the catalog file. */
    private Resource dataset(Model m, DatasetSource s, AgentDescriber agents, Resource contact, Resource licence, String dumpName) {
        Manifest mf = s.manifest();
        Path file = s.manifestFile();
        if (mf.modified() == null) {
            throw InputError.inFile(file, "missing field 'modified'",
                    "add 'modified: YYYY-MM-DD', the date the dataset's tables last changed (the catalog states it)");
        }
        String holder = mf.rightsHolder() != null ? mf.rightsHolder() : mf.source().publisher();
        String holderField = mf.rightsHolder() != null ? "rights_holder" : "source.publisher (the default rights holder)";
        Resource ds = m.createResource(uris.dataset(s.id()));
        describe(ds, identifier(agents, holder, s.id()), mf.title(), mf.description(), mf.modified(),
                themes(mf, file), frequency(mf, file), mf.keywords());
        ds.addProperty(DCTerms.rightsHolder, agents.agent(holder, file, holderField))
                .addProperty(DCTerms.publisher, agents.agent(mf.publisher(), file, "publisher"))
                .addProperty(DCAT.contactPoint, contact);
        for (String country : config.defaults().spatial()) ds.addProperty(DCTerms.spatial, country(m, country));
        distributions(m, ds, dumpName, mf.title(), licence);
        return ds;
    }

    /** A SKOS concept scheme as a dataset of its own (the scheme itself is the dataset, as schema.gov.it expects). */
    private Resource vocabulary(Model m, Resource scheme, Resource holder, DatasetSource s, AgentDescriber agents,
                                Resource contact, Resource licence, Map<String, String> dumpNames,
                                Map<String, Model> vocabularyDumps) {
        Manifest mf = s.manifest();
        String local = ConceptSchemes.localId(scheme);
        if (dumpNames.containsValue(local) || vocabularyDumps.containsKey(local) || local.equals(DUMP_NAME)) {
            throw InputError.inFile(s.manifestFile(), "the concept scheme <" + scheme.getURI() + "> would be published as '"
                    + local + "', a name already taken", "give the scheme a distinct dct:identifier");
        }
        String title = text(scheme, DCTerms.title, text(scheme, SKOS.prefLabel, null));
        int concepts = ConceptSchemes.conceptsOf(scheme).size();
        String description = text(scheme, DCTerms.description,
                "Vocabolario controllato SKOS «" + title + "» (" + concepts + " concetti), dal dataset «" + mf.title().strip() + "».");
        List<String> keywords = new ArrayList<>(mf.keywords());
        keywords.add("vocabolario controllato");
        String holderAgent = mf.rightsHolder() != null ? mf.rightsHolder() : mf.source().publisher();
        Resource voc = m.createResource(scheme.getURI()).addProperty(RDF.type, SKOS.ConceptScheme);
        describe(voc, identifier(agents, holderAgent, local), title, description, mf.modified(),
                themes(mf, s.manifestFile()), frequency(mf, s.manifestFile()), keywords);
        voc.addProperty(DCTerms.rightsHolder, agents.agent(holderAgent, s.manifestFile(), "rights_holder"))
                .addProperty(DCTerms.publisher, agents.agent(mf.publisher(), s.manifestFile(), "publisher"))
                .addProperty(DCAT.contactPoint, contact)
                .addProperty(DCTerms.isPartOf, holder);
        for (String country : config.defaults().spatial()) voc.addProperty(DCTerms.spatial, country(m, country));
        distributions(m, voc, local, title, licence);
        vocabularyDumps.put(local, ConceptSchemes.extract(scheme));
        return voc;
    }

    /** The ontology's entry: its metadata as the ontology itself states it (ontology/regiolod.ttl). */
    private Resource ontologyDataset(Model m, Resource onto, AgentDescriber agents, Resource contact, Resource licence, String dumpName) {
        String title = text(onto, DCTerms.title, null);
        String modified = text(onto, DCTerms.modified, null);
        Resource rightsHolder = onto.getPropertyResourceValue(DCTerms.rightsHolder);
        Resource publisher = onto.getPropertyResourceValue(DCTerms.publisher);
        if (title == null || modified == null || rightsHolder == null || publisher == null) {
            throw new IllegalStateException("the ontology lacks dct:title, dct:modified, dct:rightsHolder or dct:publisher");
        }
        List<String> keywords = onto.listProperties(DCAT.keyword).toList().stream()
                .filter(st -> st.getLanguage().equals("it")).map(Statement::getString).toList();
        Resource ds = m.createResource(uris.dataset(ONTOLOGY_DATASET));
        describe(ds, identifier(agents, rightsHolder.getURI(), ONTOLOGY_DATASET), title,
                text(onto, DCTerms.description, title), LocalDate.parse(modified),
                iris(onto, DCAT.theme), onto.getPropertyResourceValue(DCTerms.accrualPeriodicity), keywords);
        Path where = Path.of("ontology/regiolod.ttl");
        ds.addProperty(DCTerms.rightsHolder, agents.agent(rightsHolder.getURI(), where, "dct:rightsHolder"))
                .addProperty(DCTerms.publisher, agents.agent(publisher.getURI(), where, "dct:publisher"))
                .addProperty(DCAT.contactPoint, contact)
                .addProperty(FOAF.primaryTopic, m.createResource(Vocab.ONTOLOGY));
        distributions(m, ds, dumpName, title, licence);
        return ds;
    }

    private void describe(Resource ds, String identifier, String title, String description, LocalDate modified,
                          List<Resource> themes, Resource frequency, List<String> keywords) {
        Model m = ds.getModel();
        ds.addProperty(RDF.type, DcatApIt.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.identifier, identifier)
                .addProperty(DCTerms.title, title.strip(), "it")
                .addProperty(DCTerms.description, description.strip(), "it")
                .addLiteral(DCTerms.modified, m.createTypedLiteral(modified.toString(), XSDDatatype.XSDdate))
                .addProperty(DCTerms.accrualPeriodicity, code(m, frequency.getURI(), DCTerms.Frequency));
        for (Resource t : themes) ds.addProperty(DCAT.theme, code(m, t.getURI(), SKOS.Concept));
        for (String k : keywords) ds.addProperty(DCAT.keyword, k.strip(), "it");
    }

    /** One distribution per dump format, pointing at the dump file the build writes. */
    private void distributions(Model m, Resource ds, String dumpName, String title, Resource licence) {
        if (dumpName == null) throw new IllegalStateException("no dump for " + ds.getURI());
        for (DumpFormat f : DumpFormat.values()) {
            Resource file = m.createResource(uris.base() + "dumps/" + dumpName + "." + f.extension);
            ds.addProperty(DCAT.distribution, m.createResource(uris.id("distribuzione", dumpName, f.extension))
                    .addProperty(RDF.type, DcatApIt.Distribution)
                    .addProperty(RDF.type, DCAT.Distribution)
                    .addProperty(DCTerms.title, title.strip() + " (" + f.label + ")", "it")
                    .addProperty(DCTerms.description, "Tutte le triple RDF di «" + title.strip() + "» in un file " + f.label + ".", "it")
                    .addProperty(DCTerms.format, code(m, f.fileTypeIri(), DCTerms.MediaTypeOrExtent))
                    .addProperty(DCAT.mediaType, m.createResource(f.mediaTypeIri()).addProperty(RDF.type, DCTerms.MediaType))
                    .addProperty(DCAT.accessURL, file)
                    .addProperty(DCAT.downloadURL, file)
                    .addProperty(DCTerms.license, licence));
        }
    }

    /** The plan's period (from the dataset's graph) as the dataset's temporal coverage. */
    private static void addTemporal(Model m, Resource ds, Resource inSources) {
        Resource plan = inSources.getPropertyResourceValue(FOAF.primaryTopic);
        Resource period = plan == null ? null : plan.getPropertyResourceValue(DCTerms.temporal);
        if (period == null || !period.isURIResource()) return;
        Resource p = m.createResource(period.getURI()).addProperty(RDF.type, DCTerms.PeriodOfTime);
        for (var prop : List.of(DCAT.startDate, DCAT.endDate)) {
            Statement st = period.getProperty(prop);
            if (st != null) p.addProperty(prop, st.getObject());
        }
        ds.addProperty(DCTerms.temporal, p);
    }

    /** The licence as the Italian licences vocabulary names it, with its ADMS licence type. */
    private Resource licence(Model m) {
        Model vocabulary = italianLicences();
        Resource inVocabulary = vocabulary.getResource(config.license());
        List<Statement> names = inVocabulary.listProperties(FOAF.name).toList();
        if (names.isEmpty()) {
            throw InputError.inFile(configFile, "license <" + config.license() + "> is not in the Italian licences vocabulary",
                    "use an IRI of https://w3id.org/italia/controlled-vocabulary/licences, e.g. .../A21_CCBY40 for CC BY 4.0");
        }
        Resource licence = m.createResource(config.license())
                .addProperty(RDF.type, DcatApIt.LicenseDocument)
                .addProperty(RDF.type, DCTerms.LicenseDocument)
                .addProperty(DCTerms.type, code(m, DcatApIt.ADMS.LICENCE_TYPE + config.licenseType(), SKOS.Concept));
        for (Statement n : names) {
            if (List.of("it", "en").contains(n.getLanguage())) licence.addProperty(FOAF.name, n.getObject());
        }
        return licence;
    }

    private static Model licences;

    private static synchronized Model italianLicences() {
        if (licences == null) licences = JarTurtle.read(LICENCES_RESOURCE);
        return licences;
    }

    private List<Resource> themes(Manifest mf, Path file) {
        List<String> codes = mf.theme().isEmpty() ? config.defaults().theme() : mf.theme();
        if (codes.isEmpty()) {
            throw InputError.inFile(file, "no theme", "add 'theme: [GOVE]' (EU data-theme codes) here or under defaults: in catalog.yaml");
        }
        return codes.stream().map(c -> (Resource) org.apache.jena.rdf.model.ResourceFactory
                .createResource(DcatApIt.EU.DATA_THEME + "/" + c)).toList();
    }

    private Resource frequency(Manifest mf, Path file) {
        String code = mf.accrualPeriodicity() != null ? mf.accrualPeriodicity() : config.defaults().accrualPeriodicity();
        if (code == null) {
            throw InputError.inFile(file, "no accrual_periodicity",
                    "add 'accrual_periodicity: IRREG' (an EU frequency code) here or under defaults: in catalog.yaml");
        }
        return org.apache.jena.rdf.model.ResourceFactory.createResource(DcatApIt.EU.FREQUENCY + "/" + code);
    }

    /**
     * A code of an EU or ADMS code list, typed as the DCAT-AP shapes want it ({@code skos:Concept},
     * which they require to have a {@code skos:prefLabel}), with its Italian and English labels
     * copied from the vendored table; an unknown code gets none, and the shapes then name it.
     */
    static Resource code(Model m, String iri, Resource... types) {
        Resource r = m.createResource(iri);
        for (Resource t : types) r.addProperty(RDF.type, t);
        org.apache.jena.graph.Graph table = EuTables.tableOf(iri);
        if (table == null) return r;
        table.find(org.apache.jena.graph.NodeFactory.createURI(iri), SKOS.prefLabel.asNode(), org.apache.jena.graph.Node.ANY)
                .forEachRemaining(t -> {
                    String lang = t.getObject().getLiteralLanguage();
                    if (lang.equals("it") || lang.equals("en")) r.addProperty(SKOS.prefLabel, m.asRDFNode(t.getObject()));
                });
        return r;
    }

    private static Resource country(Model m, String code) {
        return code(m, DcatApIt.EU.COUNTRY + "/" + code, DCTerms.Location);
    }

    /** DCAT-AP_IT's dataset identifier: the rights holder's IPA code, a colon, the local id. */
    private static String identifier(AgentDescriber agents, String holder, String local) {
        String code = agents.identifierOf(holder);
        return code == null ? local : code + ":" + local;
    }

    private static List<Resource> iris(Resource r, org.apache.jena.rdf.model.Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isURIResource).map(RDFNode::asResource).toList();
    }

    /** The resource's text for a property, Italian first, else any; {@code fallback} if none. */
    private static String text(Resource r, org.apache.jena.rdf.model.Property p, String fallback) {
        String any = null;
        for (Statement st : r.listProperties(p).toList()) {
            if (!st.getObject().isLiteral()) continue;
            Literal l = st.getLiteral();
            if (l.getLanguage().equals("it")) return l.getLexicalForm();
            if (any == null) any = l.getLexicalForm();
        }
        return any != null ? any : fallback;
    }

    private void warnIfPlaceholder(String email) {
        String domain = email.substring(email.indexOf('@') + 1).toLowerCase();
        if (domain.matches("(.*\\.)?example\\.(org|com|net)|.*\\.(example|test|invalid|localhost)")) {
            progress.accept("warning: the catalog's contact point <mailto:" + email + "> is in a reserved example domain;"
                    + " put the publishing office's mailbox in catalog.yaml before the catalog is harvested");
        }
    }
}
