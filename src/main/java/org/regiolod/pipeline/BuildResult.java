package org.regiolod.pipeline;

import org.apache.jena.query.Dataset;
import org.regiolod.validate.ValidationOutcome;

import java.util.Map;

/**
 * A finished build: the graphs (one named graph per dataset, plus the ontology), the validation
 * outcome, and what identifies the build (fingerprint of its inputs, base URI).
 *
 * @param dumpNames for each named graph, the file name (without extension) of its dumps
 */
public record BuildResult(Dataset dataset, ValidationOutcome validation, String inputHash, String baseUri,
                          long triples, Map<String, String> dumpNames) {}
