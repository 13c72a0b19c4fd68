package org.regiolod.pipeline;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.regiolod.validate.ValidationOutcome;

import java.util.Map;

/**
 * A finished build: the graphs (one named graph per dataset, plus the ontology), the validation
 * outcome, and what identifies the build (fingerprint of its inputs, base URI).
 *
 * @param dumpNames for each named graph, the file name (without extension) of its dumps
 * @param extraDumps dumps that are not graphs of the store, by file name: each controlled
 *                   vocabulary as a file of its own (its triples are in its dataset's graph)
 */
public record BuildResult(Dataset dataset, ValidationOutcome validation, String inputHash, String baseUri,
                          long triples, Map<String, String> dumpNames, Map<String, Model> extraDumps) {

    public BuildResult {
        extraDumps = extraDumps == null ? Map.of() : Map.copyOf(extraDumps);
    }

    public BuildResult(Dataset dataset, ValidationOutcome validation, String inputHash, String baseUri,
                       long triples, Map<String, String> dumpNames) {
        this(dataset, validation, inputHash, baseUri, triples, dumpNames, Map.of());
    }
}
