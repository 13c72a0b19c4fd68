package org.regiolod.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdfconnection.RDFConnection;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/** A version of the data held in a local (TDB2 or in-memory) dataset, read in a read transaction. */
public record LocalData(Dataset dataset, String baseUri, String version, Instant publishedAt)
        implements PublishedData {

    public LocalData {
        Objects.requireNonNull(dataset, "dataset");
        if (!baseUri.endsWith("/")) throw new IllegalArgumentException("base URI must end in '/': " + baseUri);
    }

    @Override
    public <T> T read(Function<RDFConnection, T> work) {
        return dataset.calculateRead(() -> {
            try (RDFConnection conn = RDFConnection.connect(dataset)) {
                return work.apply(conn);
            }
        });
    }
}
