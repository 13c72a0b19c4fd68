package org.regiolod.rdf.catalog;

import org.apache.jena.rdf.model.Model;

import java.util.Map;

/**
 * The catalog of a build: its graph (named {@code graphName}), and the files of its own that each
 * controlled vocabulary is distributed as (dump name to the scheme and its concepts).
 */
public record Catalog(String graphName, String dumpName, Model model, Map<String, Model> vocabularyDumps) {}
