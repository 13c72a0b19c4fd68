package org.regiolod.rdf;

import org.regiolod.source.DatasetSource;
import org.regiolod.source.Table;

/**
 * Maps one kind of table to RDF. Mapping runs in two passes over all datasets: {@link #index}
 * registers what the table defines (codes, ids) so that any table can refer to it and be
 * checked; {@link #map} then writes triples. One implementation per table kind.
 */
public interface TableMapper {

    /** The kind's name as used in a manifest's {@code tables:} section. */
    String kind();

    TableSchema schema();

    default void index(Table table, DatasetSource dataset, Registry registry) {}

    void map(Table table, MappingContext ctx);
}
