package org.regiolod.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.regiolod.source.extract.CsvTable;
import org.regiolod.source.extract.PttdExtractor;
import org.regiolod.source.extract.SeedLayoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Re-derives the tables in data/ from the seed documents. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Derives the tables in the data folder from the seed documents: from seed "
                + PttdExtractor.SEED_FILE + " (Lombardy PTTD 2021-23) the PSSTD 2018 lines and governance bodies, "
                + "the PTTD interventions, target groups, Allegato-1 matrix, decalogue, project kinds and "
                + "acronyms, and AgID's Piano Triennale 2020-22 macro-areas and objectives as the PTTD cites them.",
                "Overwrites the derived CSV files; run it after a seed changes and commit the result.",
                "Exit codes: 0 written, 2 a seed is missing or not laid out as expected, or an interpretation "
                + "file no longer fits it (nothing written)."})
public class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "Folder holding the seed text files (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data folder to write the tables into (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        Path seedFile = seeds.resolve(PttdExtractor.SEED_FILE);
        if (!Files.isRegularFile(seedFile)) {
            err.println("error: seed file " + seedFile + " not found; pass the seeds folder with --seeds DIR");
            return 2;
        }
        try {
            Map<String, CsvTable> tables = new PttdExtractor().extractInto(seeds, data);
            tables.forEach((path, table) ->
                    out.println("wrote " + data.resolve(path) + " (" + table.rows().size() + " rows)"));
            return 0;
        } catch (SeedLayoutException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IllegalStateException e) {
            // Our interpretation files (target labels, source notes) no longer fit the seed.
            err.println("error: " + e.getMessage());
            return 2;
        }
    }
}
