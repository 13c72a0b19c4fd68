package org.regiolod.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regiolod.source.generate.ScaleGenerator;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two shapes that tie an intervention's links to its own plan ({@code LineOfOwnProgrammeShape},
 * {@code TargetOfOwnPlanShape}, shapes/regiolod.ttl): on generated data with two regions, a link to
 * another region's line or target group is one violation at that intervention naming that value;
 * a further link inside the intervention's own programme or plan is none.
 */
class CrossPlanLinkShapesTest {
    static final String RLOD = "https://w3id.org/regiolod/onto/", SH = "https://w3id.org/regiolod/shapes/";
    static final String PREFIXES = """
            PREFIX rlod: <https://w3id.org/regiolod/onto/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;
    static final ShapesValidator SHAPES = ShapesValidator.standard();

    @TempDir static Path tmp;
    static Graph data;

    @BeforeAll
    static void build() {
        data = GeneratedGraphs.build(tmp.resolve("data"), new ScaleGenerator.Spec(2, 2, 4, 1)).data();
        assertTrue(SHAPES.validate(data).conforms(), "the generated data conforms before any change");
    }

    @Test
    void aLineOfAnotherRegionsProgrammeIsOneViolationAtTheIntervention() {
        QuerySolution s = first("""
                SELECT ?i ?line WHERE {
                  ?i rlod:isInterventionOf ?plan . ?plan rlod:implements ?own .
                  ?line rlod:isStrategicLineOf ?other . ?other rlod:hasStrategicLine ?line .
                  ?otherPlan rlod:implements ?other . FILTER (?other != ?own && ?otherPlan != ?plan)
                } ORDER BY ?i ?line LIMIT 1""");
        assertOneViolation(withLink(s.getResource("i").asNode(), RLOD + "implementsLine", s.getResource("line").asNode()),
                s, "line", SH + "LineOfOwnProgrammeShape");
    }

    @Test
    void aTargetGroupOfAnotherPlanIsOneViolationAtTheIntervention() {
        QuerySolution s = first("""
                SELECT ?i ?group WHERE {
                  ?i rlod:isInterventionOf ?plan .
                  ?otherPlan rlod:targetGroupScheme ?scheme . ?group skos:inScheme ?scheme .
                  FILTER (?otherPlan != ?plan)
                } ORDER BY ?i ?group LIMIT 1""");
        assertOneViolation(withLink(s.getResource("i").asNode(), RLOD + "hasPotentialTarget", s.getResource("group").asNode()),
                s, "group", SH + "TargetOfOwnPlanShape");
    }

    @Test
    void furtherLinksInsideTheOwnProgrammeAndPlanAreNoViolation() {
        // Every intervention linked to every line of its own programme and every group of its own plan.
        Graph g = GeneratedGraphs.copy(data);
        List<QuerySolution> links = select("""
                SELECT ?i ?p ?o WHERE {
                  ?i rlod:isInterventionOf ?plan .
                  { ?plan rlod:implements ?programme . ?o rlod:isStrategicLineOf ?programme . BIND(rlod:implementsLine AS ?p) }
                  UNION { ?plan rlod:targetGroupScheme ?scheme . ?o skos:inScheme ?scheme . BIND(rlod:hasPotentialTarget AS ?p) }
                }""");
        links.forEach(l -> g.add(Triple.create(l.getResource("i").asNode(), l.getResource("p").asNode(), l.getResource("o").asNode())));
        assertTrue(links.size() > 16, "links added: " + links.size());
        ValidationOutcome o = SHAPES.validate(g);
        assertEquals(List.of(), o.describe(o.violations(), 10));
    }

    private static void assertOneViolation(Graph g, QuerySolution s, String valueVar, String shape) {
        ValidationOutcome o = SHAPES.validate(g);
        List<ReportEntry> v = o.violations();
        assertEquals(1, v.size(), () -> String.join("\n", o.describe(v, 10)));
        ReportEntry e = v.get(0);
        assertEquals(s.getResource("i").asNode(), e.focusNode());
        assertEquals(s.getResource(valueVar).asNode(), e.value());
        assertEquals(NodeFactory.createURI(shape), e.source());
        assertTrue(e.message().contains(s.getResource(valueVar).getURI()), e.message());
    }

    private static Graph withLink(Node s, String p, Node o) {
        Graph g = GeneratedGraphs.copy(data);
        g.add(Triple.create(s, NodeFactory.createURI(p), o));
        return g;
    }


    private static QuerySolution first(String sparql) {
        List<QuerySolution> rows = select(sparql);
        assertEquals(1, rows.size(), "the generated data has the pair to link: " + sparql);
        return rows.get(0);
    }

    private static List<QuerySolution> select(String sparql) {
        try (QueryExecution qe = QueryExecution.create(PREFIXES + sparql, ModelFactory.createModelForGraph(data))) {
            List<QuerySolution> rows = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }
}
