package org.regiolod.web.examples;

/** A SPARQL example shipped with RegioLOD: a question a journalist asks, and the query that answers it. */
public record ExampleQuery(String name, String title, String description, String sparql) {}
