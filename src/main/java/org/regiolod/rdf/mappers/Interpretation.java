package org.regiolod.rdf.mappers;

import org.apache.jena.rdf.model.Resource;
import org.regiolod.rdf.MappingContext;
import org.regiolod.rdf.Vocab;
import org.regiolod.source.Row;

import java.util.List;

/**
 * The two columns with which a row says that something in it is our reading, not the source's
 * words: {@code is_interpretation} (true/false/empty) and {@code interpretation_note} (which fact,
 * and on which words of the source it rests). A flagged row without a note is an error.
 */
final class Interpretation {
    static final String FLAG = "is_interpretation";
    static final String NOTE = "interpretation_note";
    static final List<String> COLUMNS = List.of(FLAG, NOTE);

    private Interpretation() {}

    static void write(Resource r, Row row, MappingContext ctx) {
        boolean interpreted = Cells.flag(row, FLAG);
        if (interpreted && !row.has(NOTE)) {
            throw row.error(NOTE, "the row is marked as an interpretation but does not say what or why",
                    "write in interpretation_note which fact is interpreted and from which words of the source");
        }
        if (interpreted) r.addLiteral(Vocab.isInterpretation, true);
        ctx.it(r, Vocab.interpretationNote, row.get(NOTE));
    }
}
