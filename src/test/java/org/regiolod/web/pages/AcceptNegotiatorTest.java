package org.regiolod.web.pages;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AcceptNegotiatorTest {
    private final AcceptNegotiator n = new AcceptNegotiator(List.of(DocFormat.values()));

    @Test
    void choosesByQualityThenSpecificityThenServerPreference() {
        assertEquals(Optional.of(DocFormat.HTML), n.choose(null));
        assertEquals(Optional.of(DocFormat.HTML), n.choose(""));
        assertEquals(Optional.of(DocFormat.HTML), n.choose("*/*"));
        assertEquals(Optional.of(DocFormat.TURTLE), n.choose("text/turtle"));
        assertEquals(Optional.of(DocFormat.TURTLE), n.choose("TEXT/Turtle; charset=utf-8"));
        assertEquals(Optional.of(DocFormat.RDFXML), n.choose("text/turtle;q=0.2, application/rdf+xml;q=0.9, */*;q=0.1"));
        assertEquals(Optional.of(DocFormat.NTRIPLES), n.choose("application/n-triples, */*;q=0.1"));
        assertEquals(Optional.of(DocFormat.JSONLD), n.choose("application/json"));
        assertEquals(Optional.of(DocFormat.TURTLE), n.choose("text/*;q=0.5, text/html;q=0"));
        assertEquals(Optional.of(DocFormat.TURTLE), n.choose("application/x-turtle"));
        assertEquals(Optional.of(DocFormat.HTML), n.choose("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"));
        assertEquals(Optional.empty(), n.choose("image/png, application/pdf"));
        assertEquals(Optional.empty(), n.choose("text/turtle;q=0"));
    }

    @Test
    void formatsByNameOrSuffix() {
        assertEquals(Optional.of(DocFormat.TURTLE), DocFormat.bySuffix("ttl"));
        assertEquals(Optional.of(DocFormat.JSONLD), DocFormat.bySuffix("jsonld"));
        assertEquals(Optional.of(DocFormat.RDFXML), DocFormat.bySuffix("rdf"));
        assertEquals(Optional.of(DocFormat.NTRIPLES), DocFormat.bySuffix("NT"));
        assertEquals(Optional.empty(), DocFormat.bySuffix("22"));
    }
}
