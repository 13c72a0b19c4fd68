package org.regiolod.web.api;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.junit.jupiter.api.Test;
import org.regiolod.TestPublished;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The query files and how parameters are bound: user input only ever becomes one RDF term in the
 * parameter row. For every file, parameter and hostile payload, the bound query written out as
 * text (as it is sent to a remote endpoint) parses back to the same query, and with the row reset
 * it is exactly the file's query: the payload cannot change the query.
 */
class ApiQueryTest {
    private static final Ids IDS = new Ids(TestPublished.BASE);

    @Test
    void everyQueryFileIsUsedAndDeclaresItsParameters() throws IOException {
        Set<String> files;
        try (Stream<Path> s = Files.list(Path.of("queries/api"))) {
            files = s.map(p -> p.getFileName().toString().replaceFirst("\\.rq$", "")).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> loaded = ApiReader.queries().all().stream().map(ApiQuery::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(files, loaded, "each file in queries/api is one the API runs");
        for (ApiQuery q : ApiReader.queries().all()) {
            assertFalse(q.parameters().isEmpty(), q.name());
            assertTrue(q.text().startsWith("#"), q.name() + ".rq starts with a comment saying what it answers");
        }
    }

    @Test
    void noPayloadChangesAnyQuery() {
        int checked = 0;
        for (ApiQuery q : ApiReader.queries().all()) {
            Query template = q.template();
            for (String parameter : q.parameters()) {
                for (String payload : Payloads.ALL) {
                    for (Node value : List.of(NodeFactory.createLiteralString(payload), IDS.intervention("pttd-2021-2023", payload))) {
                        Query bound = q.bind(Map.of(parameter, value));
                        Query reparsed = QueryFactory.create(bound.serialize());
                        assertEquals(bound, reparsed, q.name() + ": the text sent to an endpoint is the bound query");
                        ElementData row = row(reparsed);
                        assertEquals(1, row.getRows().size());
                        assertEquals(value, row.getRows().get(0).get(org.apache.jena.sparql.core.Var.alloc(parameter)),
                                q.name() + ": the payload is one term, unchanged");
                        setRow(reparsed, row(template));
                        assertEquals(template, reparsed, q.name() + ": apart from the parameter row, the query is the file's");
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
    }

    @Test
    void eachUseGetsItsOwnCopyOfTheParsedFile() {
        for (ApiQuery q : ApiReader.queries().all()) {
            Query file = QueryFactory.create(q.text());
            assertEquals(file, q.template(), q.name() + ": the copy is the file's query");
            Query changed = ApiQuery.page(q.bind(Map.of(q.parameters().get(0), NodeFactory.createURI("urn:x"))), 3, 6);
            assertNotEquals(file, changed);
            assertEquals(file, q.template(), q.name() + ": binding and paging one use leaves the next use as the file");
        }
    }

    @Test
    void anIriFromAnIdCannotBreakOutOfItsBrackets() {
        for (String payload : Payloads.ALL) {
            String uri = IDS.intervention("pttd-2021-2023", payload).getURI();
            assertTrue(uri.chars().noneMatch(c -> c == '<' || c == '>' || c == '"' || c == ' ' || c == '{' || c == '}' || c < 0x20),
                    "percent-encoded: " + uri.substring(0, Math.min(80, uri.length())));
        }
    }

    private static ElementData row(Query q) {
        List<Element> e = ((ElementGroup) q.getQueryPattern()).getElements();
        return (ElementData) (e.get(0) instanceof ElementData ? e.get(0) : e.get(e.size() - 1));
    }

    private static void setRow(Query q, ElementData row) {
        List<Element> e = ((ElementGroup) q.getQueryPattern()).getElements();
        e.set(e.get(0) instanceof ElementData ? 0 : e.size() - 1, row);
    }
}
