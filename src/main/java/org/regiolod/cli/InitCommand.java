package org.regiolod.cli;

import org.regiolod.source.InputError;
import org.regiolod.source.ManifestReader;
import org.regiolod.source.XlsxTableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Writes a template for a new plan: a commented dataset.yaml and the tables with their",
                "header rows (CSV, or one .xlsx workbook with --xlsx). Fill them in, then run 'build'.",
                "The folder's name becomes the dataset's id."})
public final class InitCommand implements Callable<Integer> {
    /** The header row of each table the template starts with (see docs/tables.md). */
    static final Map<String, List<String>> TABLES = new LinkedHashMap<>();
    static {
        TABLES.put("lines", List.of("code", "title", "description", "source_location"));
        TABLES.put("interventions", List.of("code", "title", "description", "source_location"));
        TABLES.put("target_groups", List.of("notation", "label", "label_is_interpretation", "label_derivation", "source_location"));
        TABLES.put("matrix", List.of("intervention", "line:1", "target:1", "source_location"));
        TABLES.put("acts", List.of("id", "type", "number", "date", "title", "issuer", "source_location"));
    }

    @Parameters(paramLabel = "DIR", description = "The new dataset's folder, e.g. data/toscana/agenda-digitale-2024.")
    Path dir;

    @Option(names = "--xlsx", description = "Write the tables as one workbook (piano.xlsx, a sheet per table) instead of CSV files.")
    boolean xlsx;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String id = dir.getFileName().toString();
        if (!ManifestReader.SLUG.matcher(id).matches()) {
            throw InputError.inFile(dir, "the folder name '" + id + "' cannot be a dataset id",
                    "use lower-case letters, digits and dashes, e.g. data/toscana/agenda-digitale-2024");
        }
        if (Files.exists(dir) && (!Files.isDirectory(dir) || Files.list(dir).findAny().isPresent())) {
            throw InputError.inFile(dir, "already exists and is not empty", "choose a new folder; init never overwrites");
        }
        Files.createDirectories(dir);
        String manifest = template().replace("{{id}}", id).replace("{{today}}", java.time.LocalDate.now().toString());
        if (xlsx) {
            XlsxTableWriter w = new XlsxTableWriter();
            TABLES.forEach((kind, header) -> w.sheet(kind, List.of(header)));
            w.write(dir.resolve("piano.xlsx"));
            for (String kind : TABLES.keySet()) {
                manifest = manifest.replaceFirst("(?m)^  " + kind + ": .*$", "  " + kind + ": piano.xlsx");
            }
        } else {
            for (var t : TABLES.entrySet()) {
                Files.writeString(dir.resolve(t.getKey().replace('_', '-') + ".csv"), String.join(",", t.getValue()) + "\n");
            }
        }
        Files.writeString(dir.resolve("dataset.yaml"), manifest);
        spec.commandLine().getOut().printf("wrote a template in %s: dataset.yaml and %s%nnext: fill them in (docs/tables.md, docs/new-region.md), then run 'build'%n",
                dir, xlsx ? "piano.xlsx" : "the tables " + String.join(", ", TABLES.keySet()));
        return Main.OK;
    }

    private static String template() throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream("/template/dataset.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
