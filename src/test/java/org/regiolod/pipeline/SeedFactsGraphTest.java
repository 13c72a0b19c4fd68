package org.regiolod.pipeline;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.validation.ReportEntry;
import org.regiolod.validate.ShapesValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Facts and figures read from the seed documents (amounts, targets, dates, act numbers, counts),
 * each found in the built graph with its unit or type and pointing back to its seed file. Every
 * fact names the place in the seed it was read from; {@code ?x} is the resource whose provenance
 * must be that seed.
 */
class SeedFactsGraphTest {
    static final String S000 = "000_c1469462af07e6a8.txt";
    static final String S002 = "002_f71e791a1e75dc64.txt";
    static final String S003 = "003_7bdc62620604edac.txt";
    static final String S004 = "004_bbf6a6bba7922b61.txt";
    static final String B = BuiltData.BASE + "id/";
    static final String PREFIXES = """
            PREFIX rlod: <https://w3id.org/regiolod/onto/>
            PREFIX dct: <http://purl.org/dc/terms/>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX schema: <http://schema.org/>
            PREFIX cov: <https://w3id.org/italia/onto/COV/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    static Model union;

    /** A fact: the seed and the place in it, what the source says, and the graph pattern that must hold. */
    record Fact(String seed, String place, String says, String pattern) {
        @Override public String toString() { return seed.substring(0, 3) + " " + place + ": " + says; }
    }

    @BeforeAll
    static void build() {
        union = BuiltData.union();
    }

    static List<Fact> facts() {
        String accordo = "<" + B + "accordo/accordo-anci-2022-2023>";
        String anciPlan = "<" + B + "piano/accordo-anci-2022-2023>";
        String psstd25 = "<" + B + "piano/psstd-2025>";
        String agenda = "<" + B + "piano/agenda-digitale-toscana-2023>";
        String io = "<" + B + "evento/regione-motore-sviluppo-digitale>";
        return List.of(
                // Seed 002: the agreement Regione Lombardia - ANCI Lombardia 2022-23
                new Fact(S002, "DGR, DELIBERA punto 4, riga 120; Allegato 1 art. 5", "stanziamento complessivo di 150.000,00 euro",
                        accordo + " rlod:hasBudget ?x . ?x schema:value \"150000.00\"^^xsd:decimal ; schema:currency \"EUR\" ."),
                new Fact(S002, "DGR, DELIBERA punto 4, riga 122", "100.000,00 euro sul capitolo 13593 del bilancio regionale 2022",
                        "?x dct:isPartOf/^rlod:hasBudget " + accordo + " ; schema:value \"100000.00\"^^xsd:decimal ; schema:currency \"EUR\" ; rlod:budgetYear \"2022\"^^xsd:gYear ; rlod:budgetChapter \"13593\" ."),
                new Fact(S002, "DGR, DELIBERA punto 4, riga 124", "50.000,00 euro sul capitolo 13593 del bilancio regionale 2023",
                        "?x dct:isPartOf/^rlod:hasBudget " + accordo + " ; schema:value \"50000.00\"^^xsd:decimal ; schema:currency \"EUR\" ; rlod:budgetYear \"2023\"^^xsd:gYear ; rlod:budgetChapter \"13593\" ."),
                new Fact(S002, "Allegato 2, Stanziamento regionale, riga 587", "150.000 Euro comprensivo di IVA",
                        accordo + " rlod:hasBudget ?x . ?x rlod:vatIncluded true ."),
                new Fact(S002, "Allegato 1, art. 7, riga 258", "in vigore fino al 30 giugno 2023",
                        "BIND(" + accordo + " AS ?x) ?x dct:temporal/dcat:endDate \"2023-06-30\"^^xsd:date ."),
                new Fact(S002, "Allegato 1, art. 7, riga 258", "decorre dalla data della sua sottoscrizione",
                        "BIND(" + accordo + " AS ?x) ?x rlod:validFromCondition \"dalla data della sua sottoscrizione\"@it ."),
                new Fact(S002, "RICHIAMATE, riga 9", "DGR n. 106 del 14/05/2018 (Protocollo d'intesa)",
                        accordo + " rlod:approvedBy/rlod:citesAct ?x . ?x rlod:actType \"DGR\" ; rlod:actNumber \"106\" ; dct:date \"2018-05-14\"^^xsd:date ."),
                new Fact(S002, "RICHIAMATE, riga 17", "DGR n. 154 del 29/5/2018 (PRS della XI legislatura)",
                        accordo + " rlod:approvedBy/rlod:citesAct ?x . ?x rlod:actNumber \"154\" ; dct:date \"2018-05-29\"^^xsd:date ."),
                new Fact(S002, "VISTE, riga 85", "legge regionale 7 luglio 2008 n. 20",
                        accordo + " rlod:approvedBy/rlod:citesAct ?x . ?x rlod:actType \"L.R.\" ; rlod:actNumber \"20\" ; dct:date \"2008-07-07\"^^xsd:date ."),
                new Fact(S002, "VISTE, riga 93", "DGR n. 3383 del 17/11/2020 approva il PTTD 2021-2023",
                        "<" + B + "piano/pttd-2021-2023> rlod:approvedBy ?x . ?x rlod:actNumber \"3383\" ; dct:date \"2020-11-17\"^^xsd:date ."),
                new Fact(S002, "VISTE, riga 98", "legge regionale 29 dicembre 2020 n. 27 (Bilancio di previsione 2021-2023)",
                        accordo + " rlod:approvedBy/rlod:citesAct ?x . ?x rlod:actNumber \"27\" ; dct:date \"2020-12-29\"^^xsd:date ."),
                new Fact(S002, "Allegato 1, firme, righe 276-278", "per ANCI Lombardia firma il Segretario Generale",
                        accordo + " rlod:hasSignatory ?x . ?x rlod:signsFor <" + B + "organizzazione/anci-lombardia> ; rlod:signatoryRole \"Segretario Generale\"@it ."),
                new Fact(S002, "PRECISATO, righe 50-51", "l'accordo sostiene il PSSTD e il PTTD 2021-23",
                        "BIND(" + accordo + " AS ?x) ?x rlod:supports <" + B + "piano/psstd-2018> , <" + B + "piano/pttd-2021-2023> ."),
                new Fact(S002, "Allegato 2, §5, righe 732-734", "servizio di orientamento strategico applicato ad almeno 30 Comuni",
                        anciPlan + " rlod:hasActivity/rlod:hasResultIndicator/rlod:hasTarget ?x . ?x schema:value \"30\"^^xsd:decimal ; rlod:comparator rlod:AtLeast ; schema:unitText \"Comuni\"@it ; rlod:measures ?m ."),
                new Fact(S002, "Allegato 2, §5, righe 834-836", "almeno 8 sessioni formative",
                        anciPlan + " rlod:hasActivity/rlod:hasResultIndicator/rlod:hasTarget ?x . ?x schema:value \"8\"^^xsd:decimal ; rlod:comparator rlod:AtLeast ; schema:unitText \"sessioni formative\"@it ."),
                new Fact(S002, "Allegato 2, §5, riga 838", "almeno 220 partecipanti",
                        anciPlan + " rlod:hasActivity/rlod:hasResultIndicator/rlod:hasTarget ?x . ?x schema:value \"220\"^^xsd:decimal ; schema:minValue \"220\"^^xsd:decimal ; schema:unitText \"partecipanti\"@it ."),
                new Fact(S002, "Allegato 2, §5, righe 681-683", "almeno 280 utenti registrati al sito comunidigitali.it",
                        anciPlan + " rlod:hasActivity/rlod:hasResultIndicator/rlod:hasTarget ?x . ?x schema:value \"280\"^^xsd:decimal ; rlod:comparator rlod:AtLeast ; schema:unitText \"utenti\"@it ."),
                new Fact(S002, "Allegato 2, §5, righe 693-697", "almeno 5.000 visualizzazioni sui canali social",
                        anciPlan + " rlod:hasActivity/rlod:hasResultIndicator/rlod:hasTarget ?x . ?x schema:value \"5000\"^^xsd:decimal ; schema:unitText \"visualizzazioni\"@it ."),
                new Fact(S002, "Allegato 2, §5, righe 893-895", "almeno 25 giornate uomo",
                        anciPlan + " rlod:hasActivity/rlod:hasResultIndicator/rlod:hasTarget ?x . ?x schema:value \"25\"^^xsd:decimal ; rlod:comparator rlod:AtLeast ; schema:unitText \"giornate uomo\"@it ."),
                new Fact(S002, "Allegato 1, art. 2, righe 195-217", "3 ambiti di collaborazione, il terzo con 5 riferimenti particolari",
                        "?scheme skos:hasTopConcept ?x . ?x skos:notation \"3\" ; a rlod:CollaborationArea ."
                                + " { SELECT ?scheme (COUNT(?top) AS ?tops) WHERE { ?scheme skos:hasTopConcept ?top . ?top a rlod:CollaborationArea } GROUP BY ?scheme } FILTER(?tops = 3)"
                                + " { SELECT ?area (COUNT(?n) AS ?narrower) WHERE { ?area skos:narrower ?n } GROUP BY ?area } FILTER(?area = ?x && ?narrower = 5)"),
                new Fact(S002, "Allegato 1, art. 4, riga 238", "una cabina di regia composta da rappresentanti delle Parti",
                        anciPlan + " rlod:hasGovernanceBody ?x . ?x skos:prefLabel \"Cabina di regia\"@it ."),
                new Fact(S002, "DGR, DATO ATTO, righe 26-27; RITENUTO, righe 37-39", "rinnova l'Accordo triennale sottoscritto il 9 novembre 2018",
                        accordo + " rlod:renews ?x . ?x dct:temporal/dcat:startDate \"2018-11-09\"^^xsd:date ."),
                new Fact(S002, "RICHIAMATE, righe 9-15; Allegato 1, righe 142-150", "attua il Protocollo d'intesa approvato con DGR 106/2018, il cui art. 4 rinvia a successivi accordi",
                        accordo + " rlod:implementsAgreement ?x . ?x rlod:approvedBy/rlod:actNumber \"106\" ."),
                // Seed 000: the PSSTD 2025 update
                new Fact(S000, "riga 16", "approvato con DGR n. XII/5236 del 30/10/2025",
                        psstd25 + " rlod:approvedBy ?x . ?x rlod:actNumber \"XII/5236\" ; dct:date \"2025-10-30\"^^xsd:date ."),
                new Fact(S000, "riga 16", "approvato unitamente al Documento di Economia e Finanza Regionale 2026-2028 (NADEFR)",
                        psstd25 + " rlod:approvedTogetherWith ?x . ?x dct:title ?t FILTER(CONTAINS(STR(?t), \"2026-2028\"))"),
                new Fact(S000, "righe 20, 23-32", "16 Linee di Azione, di cui il testo ne elenca 9",
                        "BIND(" + psstd25 + " AS ?x) ?x rlod:declaredLineCount 16 ."
                                + " { SELECT (COUNT(?l) AS ?n) WHERE { " + psstd25 + " rlod:hasStrategicLine ?l } } FILTER(?n = 9)"),
                new Fact(S000, "riga 1 (aggiornamento 2025)", "aggiorna il Programma strategico del 2018",
                        "BIND(" + psstd25 + " AS ?x) ?x rlod:revises <" + B + "piano/psstd-2018> ."),
                new Fact(S000, "riga 18", "due principi cardine",
                        psstd25 + " rlod:hasConceptScheme ?x . { SELECT ?x (COUNT(?p) AS ?n) WHERE { ?x skos:hasTopConcept ?p . ?p a rlod:GuidingPrinciple } GROUP BY ?x } FILTER(?n = 2)"),
                new Fact(S000, "righe 5-6", "la Regione avvia lo sviluppo del gemello digitale",
                        psstd25 + " rlod:hasConceptScheme ?x . ?x skos:hasTopConcept ?h . ?h a rlod:Highlight ; skos:prefLabel \"Gemello digitale\"@it ."),
                new Fact(S000, "riga 17", "quattro sezioni principali",
                        psstd25 + " rlod:hasConceptScheme ?x . { SELECT ?x (COUNT(?p) AS ?n) WHERE { ?x skos:hasTopConcept ?p . ?p a rlod:DocumentSection } GROUP BY ?x } FILTER(?n = 4)"),
                new Fact(S000, "riga 19", "si allinea alla Legge 132/2025 per l'IA e all'AI Act",
                        psstd25 + " rlod:alignsWithReference ?x , ?y . ?x dct:title \"Legge 132/2025 per l’IA\"@it . ?y dct:title \"AI Act\"@it ."),
                // Seed 003: IO and pagoPA
                new Fact(S003, "trascrizione 01:42", "47% della popolazione tra 18 e 65 anni è presente sull'app IO",
                        "?x rlod:statedAt " + io + " ; schema:value \"47\"^^xsd:decimal ; schema:unitText \"per cento\"@it ; rlod:sourceText ?t FILTER(CONTAINS(STR(?t), \"47%\"))"),
                new Fact(S003, "trascrizione 01:57", "più di 20 milioni di italiani",
                        "?x rlod:statedAt " + io + " ; schema:value \"20000000\"^^xsd:decimal ; rlod:comparator rlod:MoreThan ; schema:unitText \"persone\"@it ."),
                new Fact(S003, "trascrizione 02:01", "più di 335.000 servizi da più di 16.000 enti",
                        "?x rlod:statedAt " + io + " ; schema:value \"335000\"^^xsd:decimal ; rlod:comparator rlod:MoreThan . ?y rlod:statedAt " + io + " ; schema:value \"16000\"^^xsd:decimal ; schema:unitText \"enti\"@it ."),
                new Fact(S003, "trascrizione 02:08", "nel 2024 più di 350 milioni di messaggi in-app",
                        "?x schema:value \"350000000\"^^xsd:decimal ; rlod:referenceYear \"2024\"^^xsd:gYear ; schema:unitText \"messaggi\"@it ."),
                new Fact(S003, "trascrizione 03:09", "nel 2023 gli enti hanno risparmiato circa 70 milioni di spese amministrative",
                        "?x schema:value \"70000000\"^^xsd:decimal ; rlod:comparator rlod:About ; rlod:referenceYear \"2023\"^^xsd:gYear ; rlod:statedBy <" + B + "organizzazione/pagopa> ; rlod:isInterpretation true ."),
                new Fact(S003, "trascrizione 03:18", "e 75 milioni di risparmio di forza lavoro",
                        "?x schema:value \"75000000\"^^xsd:decimal ; rlod:referenceYear \"2023\"^^xsd:gYear ; rlod:interpretationNote ?note ."),
                // Seed 004: Agenda Digitale Toscana 2023
                new Fact(S004, "Visione e strategia, riga 17", "aggiorna le Linee guida per lo sviluppo della Toscana Digitale approvate con DGR 1141/2020",
                        agenda + " rlod:revises ?x . ?x rlod:approvedBy/rlod:actNumber \"1141/2020\" ."),
                new Fact(S004, "Visione e strategia, riga 36", "8 aree di intervento, tra cui La Toscana dei dati",
                        agenda + " rlod:hasConceptScheme ?x . ?x skos:hasTopConcept ?area . ?area skos:prefLabel \"La Toscana dei dati\"@it ."
                                + " { SELECT ?x (COUNT(?a) AS ?n) WHERE { ?x skos:hasTopConcept ?a . ?a a rlod:InterventionArea } GROUP BY ?x } FILTER(?n = 8)"),
                new Fact(S004, "Visione e strategia, righe 23-33", "sei obiettivi del percorso",
                        agenda + " rlod:hasConceptScheme ?x . { SELECT ?x (COUNT(?o) AS ?n) WHERE { ?x skos:hasTopConcept ?o . ?o a rlod:PlanObjective } GROUP BY ?x } FILTER(?n = 6)"),
                new Fact(S004, "Il coinvolgimento del territorio, riga 49", "16 ottobre 2023 ore 09:00 a Siena, Piazza Duomo, 1",
                        "?x rlod:isAboutPlan " + agenda + " ; schema:startDate \"2023-10-16T09:00:00\"^^xsd:dateTime ; schema:location/schema:address ?a . ?a schema:addressLocality \"Siena\" ; schema:streetAddress \"Piazza Duomo, 1\" ."),
                new Fact(S004, "Il coinvolgimento del territorio, riga 50", "06 novembre 2023 ore 09:00 a Livorno, via Roma 234",
                        "?x rlod:isAboutPlan " + agenda + " ; schema:startDate \"2023-11-06T09:00:00\"^^xsd:dateTime ; schema:location/schema:address/schema:streetAddress \"via Roma 234\" ."),
                new Fact(S004, "Il coinvolgimento del territorio, riga 47", "il primo incontro si è svolto a Prato il 28 settembre (anno dedotto, segnalato)",
                        "?x rlod:isAboutPlan " + agenda + " ; schema:startDate \"2023-09-28\"^^xsd:date ; rlod:isInterpretation true ; schema:location/schema:address/schema:addressLocality \"Prato\" ."),
                new Fact(S004, "Il coinvolgimento del territorio, riga 47", "3 incontri di condivisione",
                        "BIND(" + agenda + " AS ?plan) ?x rlod:isAboutPlan ?plan . { SELECT ?plan (COUNT(?e) AS ?n) WHERE { ?e rlod:isAboutPlan ?plan } GROUP BY ?plan } FILTER(?n = 3)"),
                new Fact(S004, "Agenda Digitale Toscana, righe 1-11", "Regione Toscana (IPA r_toscan, regione ISTAT 09) pubblica il piano",
                        agenda + " dct:publisher ?x . ?x cov:IPAcode \"r_toscan\" ; rlod:region <https://w3id.org/italia/controlled-vocabulary/territorial-classifications/regions/09> .")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void theFactIsInTheGraphAndPointsBackToItsSeed(Fact fact) {
        assertTrue(Files.isRegularFile(Path.of("seeds", fact.seed())), "seed " + fact.seed());
        String ask = PREFIXES + "ASK { " + fact.pattern() + " ?x prov:wasDerivedFrom/rlod:seedFile \"" + fact.seed() + "\" . }";
        try (QueryExecution qe = QueryExecution.create(ask, union)) {
            assertTrue(qe.execAsk(), fact + "\n" + ask);
        }
    }

    @Test
    void atLeastThirtyFactsFromEveryNewSeed() {
        List<Fact> all = facts();
        assertTrue(all.size() >= 30, "facts: " + all.size());
        for (String seed : List.of(S000, S002, S003, S004)) {
            assertTrue(all.stream().anyMatch(f -> f.seed().equals(seed)), "a fact from " + seed);
        }
    }

    /** The shapes for the new classes catch what a hand-made table could get wrong. */
    @Test
    void theShapesCatchAnAmountWithoutCurrencyATargetWithoutMeasureAndASignatoryForANonParty() {
        BuildResult result = BuiltData.result();
        assertTrue(result.validation().conforms(), () -> String.join("\n",
                result.validation().describe(result.validation().violations(), 20)));
        Model broken = ModelFactory.createDefaultModel().add(union);
        Resource amount = broken.getResource(B + "importo/accordo-anci-2022-2023/quota-2022");
        Resource target = broken.getResource(B + "valore-obiettivo/accordo-anci-2022-2023/S.3.I3.V1");
        Resource signatory = broken.getResource(B + "firmatario/accordo-anci-2022-2023/anci-lombardia");
        Resource statistic = broken.getResource(B + "dato/io-pagopa/io-messaggi-2024");
        assertTrue(broken.containsResource(target) && broken.containsResource(statistic), "test setup: resources exist");
        broken.removeAll(amount, broken.createProperty("http://schema.org/currency"), null);
        broken.removeAll(target, broken.createProperty("https://w3id.org/regiolod/onto/measures"), null);
        broken.removeAll(broken.getResource(B + "accordo/accordo-anci-2022-2023"),
                broken.createProperty("https://w3id.org/regiolod/onto/hasParty"), broken.getResource(B + "organizzazione/anci-lombardia"));
        broken.removeAll(statistic, broken.createProperty("https://w3id.org/regiolod/onto/referenceYear"), null);
        List<ReportEntry> violations = ShapesValidator.standard().validate(broken.getGraph()).violations();
        for (Resource r : List.of(amount, target, signatory, statistic)) {
            assertTrue(violations.stream().anyMatch(e -> e.focusNode().isURI() && e.focusNode().getURI().equals(r.getURI())),
                    () -> r + " in " + violations);
        }
    }
}
