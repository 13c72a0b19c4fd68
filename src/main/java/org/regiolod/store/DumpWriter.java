package org.regiolod.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.regiolod.pipeline.BuildResult;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a validated build as dumps: per dataset Turtle, N-Triples, JSON-LD and RDF/XML, all
 * graphs as N-Quads, the validation report and build-info.json. Everything goes to a temporary
 * folder beside the target and is moved into place only when complete, so a failed or
 * interrupted run never leaves half a dump where the last good one was.
 */
public final class DumpWriter {
    public static final String ALL_QUADS = "regiolod.nq";
    public static final String BUILD_INFO = "build-info.json";
    public static final String REPORT = "validation-report.ttl";

    /** The formats of each dataset's dump, by file extension. */
    public static final Map<String, RDFFormat> FORMATS = Map.of(
            "ttl", RDFFormat.TURTLE_PRETTY,
            "nt", RDFFormat.NTRIPLES_UTF8,
            "jsonld", RDFFormat.JSONLD11_PRETTY,
            "rdf", RDFFormat.RDFXML_PLAIN);

    public void write(BuildResult result, Path out) {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
            Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
            try {
                writeAll(result, tmp);
                swapIn(tmp, target);
            } catch (IOException | RuntimeException e) {
                deleteTree(tmp);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dumps to " + out + ": " + e.getMessage(), e);
        }
    }

    /** Writes the full SHACL report of a failed build beside the output folder, not into it. */
    public Path writeFailedReport(BuildResult result, Path out) {
        Path file = out.toAbsolutePath().normalize().resolveSibling(REPORT);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream os = Files.newOutputStream(file)) {
                RDFDataMgr.write(os, result.validation().report().getModel(), RDFFormat.TURTLE_PRETTY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private void writeAll(BuildResult result, Path dir) throws IOException {
        Path dumps = Files.createDirectories(dir.resolve("dumps"));
        result.dataset().executeRead(() -> {
            for (var e : result.dumpNames().entrySet()) {
                // A copy with our prefixes, so the Turtle and RDF/XML read well.
                Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel()
                        .setNsPrefixes(org.regiolod.rdf.Prefixes.STANDARD)
                        .add(result.dataset().getNamedModel(e.getKey()));
                for (var f : FORMATS.entrySet()) {
                    writeFile(dumps.resolve(e.getValue() + "." + f.getKey()), m, f.getValue());
                }
            }
            for (var e : result.extraDumps().entrySet()) {
                for (var f : FORMATS.entrySet()) {
                    writeFile(dumps.resolve(e.getKey() + "." + f.getKey()), e.getValue(), f.getValue());
                }
            }
            try (OutputStream os = Files.newOutputStream(dir.resolve(ALL_QUADS))) {
                RDFDataMgr.write(os, result.dataset().asDatasetGraph(), RDFFormat.NQUADS_UTF8);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        writeFile(dir.resolve(REPORT), result.validation().report().getModel(), RDFFormat.TURTLE_PRETTY);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("inputHash", result.inputHash());
        info.put("baseUri", result.baseUri());
        info.put("triples", result.triples());
        info.put("graphs", result.dumpNames());
        info.put("extraDumps", result.extraDumps().keySet().stream().sorted().toList());
        info.put("warnings", result.validation().warnings().size());
        info.put("builtAt", Instant.now().toString());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(BUILD_INFO).toFile(), info);
    }

    private static void writeFile(Path file, Model m, RDFFormat format) {
        try (OutputStream os = Files.newOutputStream(file)) {
            RDFDataMgr.write(os, m, format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Old output aside, new output in, old output deleted: each step a rename. */
    private static void swapIn(Path tmp, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            move(target, old);
        }
        move(tmp, target);
        if (old != null) deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
