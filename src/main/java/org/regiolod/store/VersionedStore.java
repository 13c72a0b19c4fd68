package org.regiolod.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.regiolod.pipeline.BuildResult;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * TDB2 databases, one per published version, under one folder:
 * <pre>
 *   DIR/v-1/tdb2/          a complete version (TDB2 database)
 *   DIR/v-1/site/          its dumps (Turtle, N-Triples, JSON-LD, RDF/XML, N-Quads), served at /dumps/
 *   DIR/v-1/version.properties   written last: a version without it is incomplete
 *   DIR/v-2/...
 *   DIR/current -> v-2      symbolic link to the version being served
 * </pre>
 * A publish loads into a fresh {@code v-<n>}, writes its {@code version.properties}, then
 * replaces {@code current} with one rename (atomic on POSIX file systems). Whatever moment the
 * process dies at, {@code current} names a complete version: the old one until the rename, the
 * new one after. Opening the store removes what an interrupted publish left behind. The current
 * and the previous version are kept; older ones are deleted after a publish.
 */
public final class VersionedStore implements AutoCloseable {
    public static final String CURRENT = "current";
    public static final String TDB2_DIR = "tdb2";
    public static final String VERSION_FILE = "version.properties";
    /** The version's dumps, as {@link DumpWriter} writes them (served at /dumps/). */
    public static final String SITE_DIR = "site";
    private static final Pattern VERSION_DIR = Pattern.compile("v-(\\d+)");

    private final Path dir;
    private final Consumer<String> progress;
    /** The version last served and the {@code current} link target it was read from. */
    private volatile Served served;

    private record Served(Path linkTarget, LocalData data) {}
    private final List<Dataset> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    private VersionedStore(Path dir, Consumer<String> progress) {
        this.dir = dir;
        this.progress = progress;
    }

    /** Opens (creating if needed) the store in {@code dir}, removing leftovers of an interrupted publish. */
    public static VersionedStore open(Path dir, Consumer<String> progress) {
        Path abs = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the database folder " + abs + ": " + e.getMessage(), e);
        }
        VersionedStore store = new VersionedStore(abs, progress);
        store.removeLeftovers();
        return store;
    }

    public static VersionedStore open(Path dir) {
        return open(dir, s -> {});
    }

    public Path dir() {
        return dir;
    }

    /** The {@code current} link: the path a Fuseki configuration names ({@code DIR/current/tdb2}). */
    public Path currentLink() {
        return dir.resolve(CURRENT);
    }

    /** The version being served, if any was ever published. */
    public Optional<Version> current() {
        Path link = currentLink();
        if (!Files.isSymbolicLink(link)) return Optional.empty();
        try {
            Path target = dir.resolve(Files.readSymbolicLink(link)).normalize();
            return Version.read(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + link + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads a validated build into a new version and makes it current. The caller validates;
     * this method only refuses a build that did not conform.
     */
    public Version publish(BuildResult build) {
        if (!build.validation().conforms()) {
            throw new IllegalStateException("refusing to publish a build with SHACL violations");
        }
        return publish(build.dataset(), build.inputHash(), build.baseUri(),
                vdir -> new DumpWriter().write(build, vdir.resolve(SITE_DIR)));
    }

    /** Loads the named graphs of {@code source} into a new version and makes it current. */
    public Version publish(Dataset source, String inputHash, String baseUri) {
        return publish(source, inputHash, baseUri, vdir -> {});
    }

    /** As above; {@code extra} writes more files into the version's folder before it is complete. */
    private Version publish(Dataset source, String inputHash, String baseUri, Consumer<Path> extra) {
        int n = versionNumbers().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        Path vdir = dir.resolve("v-" + n);
        long start = System.nanoTime();
        Version v;
        DatasetGraph loading = null;
        try {
            Files.createDirectories(vdir.resolve(TDB2_DIR));
            progress.accept("loading into " + vdir.getFileName());
            // TDB2's bulk loader fed from memory (TdbBulkLoad): ~3x faster than adding graph by graph in one transaction.
            loading = DatabaseMgr.connectDatasetGraph(vdir.resolve(TDB2_DIR).toString());
            opened.add(DatasetFactory.wrap(loading));
            long quads = TdbBulkLoad.load(source, loading);
            progress.accept("loaded " + quads + " triples in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            long dumpsStart = System.nanoTime();
            extra.accept(vdir);
            v = new Version(vdir, "v-" + n, inputHash, baseUri, Instant.now(), quads);
            v.write();
            progress.accept("dumps written in " + (System.nanoTime() - dumpsStart) / 1_000_000 + " ms; switching to " + v.name());
            swapCurrent(vdir.getFileName());
        } catch (IOException | InternalError | RuntimeException e) {
            // TDB2 writes through memory-mapped files: on a full disk the write faults (InternalError).
            release(loading);
            removeFailed(vdir);
            WriteFailure f = WriteFailure.of(dir, e);
            String still = currentName();
            throw new UncheckedIOException("cannot publish into " + vdir + ": " + f.why() + "; the published version is unchanged ("
                    + still + ")\n  fix: " + f.fix(), e instanceof IOException io ? io : new IOException(e));
        }
        afterSwitch(v, n);
        return v;
    }

    /** Published: from here on a failure must not touch the new version, which is being served. */
    private void afterSwitch(Version v, int n) {
        progress.accept("published " + v.name());
        try {
            deleteOlderThanPrevious(n);
        } catch (RuntimeException e) {
            progress.accept("could not delete the versions before the previous one now (" + e.getMessage() + "); they are deleted after the next publish");
        }
    }

    /** Lets go of the TDB2 database a failed load opened, so that its files can be removed. */
    private void release(DatasetGraph loading) {
        if (loading == null) return;
        opened.removeIf(ds -> ds.asDatasetGraph() == loading);
        try {
            TDBInternal.expel(loading);
        } catch (RuntimeException | InternalError ignored) {
            // Broken by the failed write: its files are removed all the same.
        }
    }

    /** The name of the version being served, for a message (never fails). */
    private String currentName() {
        try {
            return current().map(Version::name).orElse("nothing published yet");
        } catch (RuntimeException e) {
            return "unknown: " + e.getMessage();
        }
    }

    /** Best effort: a version that failed to load is removed now, or when the store is next opened. */
    private void removeFailed(Path vdir) {
        try {
            deleteTree(vdir);
        } catch (RuntimeException e) {
            progress.accept("could not remove " + vdir.getFileName() + " now (" + e.getMessage() + "); it is removed when the store is next opened");
        }
    }

    /** The current version as {@link PublishedData}: a {@link LocalData} over its TDB2 database. */
    public PublishedData published() {
        // Called on every request: while the link names the same folder, its version file (written
        // before the link, never changed after) is not read again.
        Path target;
        try {
            target = Files.isSymbolicLink(currentLink()) ? Files.readSymbolicLink(currentLink()) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + currentLink() + ": " + e.getMessage(), e);
        }
        Served s = served;
        if (s != null && s.linkTarget().equals(target)) return s.data();
        Version v = current().orElseThrow(() -> new IllegalStateException("nothing published in " + dir));
        LocalData d = s == null ? null : s.data();
        if (d == null || !d.version().equals(v.id())) {
            Dataset ds = v.connect();
            opened.add(ds);
            d = new LocalData(ds, v.baseUri(), v.id(), v.publishedAt());
        }
        // The folder read may be newer than target if a publish switched in between: then the next
        // call reads it again, as target no longer matches.
        served = new Served(target, d);
        return d;
    }

    /** Releases the TDB2 databases this store opened, so that another process may open them. */
    @Override
    public void close() {
        for (Dataset ds : opened) TDBInternal.expel(ds.asDatasetGraph());
        opened.clear();
        served = null;
    }

    /** Points {@code current} at the new version: a new link, renamed over the old one. */
    private void swapCurrent(Path versionName) throws IOException {
        Path tmp = dir.resolve("." + CURRENT + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, versionName);
        Files.move(tmp, currentLink(), StandardCopyOption.ATOMIC_MOVE);
        fsync(dir);
    }

    private void removeLeftovers() {
        try {
            Files.deleteIfExists(dir.resolve("." + CURRENT + ".tmp"));
            Optional<Version> cur = current();
            int curN = cur.map(v -> number(v.dir().getFileName().toString())).orElse(0);
            for (int n : versionNumbers()) {
                Path vdir = dir.resolve("v-" + n);
                boolean complete = Files.isRegularFile(vdir.resolve(VERSION_FILE));
                // Incomplete, or complete but never switched to: an interrupted publish.
                if (!complete || n > curN) {
                    progress.accept("removing " + vdir.getFileName() + ", left by an interrupted publish");
                    deleteTree(vdir);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy " + dir + ": " + e.getMessage(), e);
        }
    }

    private void deleteOlderThanPrevious(int n) {
        for (int k : versionNumbers()) {
            if (k < n - 1) deleteTree(dir.resolve("v-" + k));
        }
    }

    private List<Integer> versionNumbers() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString())
                    .filter(name -> VERSION_DIR.matcher(name).matches())
                    .map(VersionedStore::number).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int number(String name) {
        Matcher m = VERSION_DIR.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static void fsync(Path p) {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // Not every file system lets a directory be opened; the rename is still atomic.
        }
    }

    private static void deleteTree(Path p) {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + p + ": " + e.getMessage(), e);
        }
    }

    /** One complete version: its folder and what {@code version.properties} says about it. */
    public record Version(Path dir, String name, String inputHash, String baseUri, Instant publishedAt, long triples) {

        /** Changes on every publish: the version's name and its input fingerprint. */
        public String id() {
            return name + "-" + inputHash.substring(0, Math.min(12, inputHash.length()));
        }

        public Path tdb2() {
            return dir.resolve(TDB2_DIR);
        }

        /** The dumps written with this version, if it has them. */
        public Optional<Path> site() {
            Path site = dir.resolve(SITE_DIR);
            return Files.isDirectory(site) ? Optional.of(site) : Optional.empty();
        }

        /** The version's TDB2 dataset, default graph = union of the named graphs. */
        public Dataset connect() {
            Dataset ds = TDB2Factory.connectDataset(tdb2().toString());
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            return ds;
        }

        static Optional<Version> read(Path vdir) throws IOException {
            Path file = vdir.resolve(VERSION_FILE);
            if (!Files.isRegularFile(file)) return Optional.empty();
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(file)) {
                p.load(r);
            }
            return Optional.of(new Version(vdir, vdir.getFileName().toString(), p.getProperty("inputHash"),
                    p.getProperty("baseUri"), Instant.parse(p.getProperty("publishedAt")),
                    Long.parseLong(p.getProperty("triples"))));
        }

        /** Written to a temporary file, synced and renamed: present means complete. */
        void write() throws IOException {
            Properties p = new Properties();
            p.setProperty("inputHash", inputHash);
            p.setProperty("baseUri", baseUri);
            p.setProperty("publishedAt", publishedAt.toString());
            p.setProperty("triples", Long.toString(triples));
            Path tmp = dir.resolve(VERSION_FILE + ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                p.store(os, "RegioLOD published version");
            }
            fsync(tmp);
            Files.move(tmp, dir.resolve(VERSION_FILE), StandardCopyOption.ATOMIC_MOVE);
            fsync(dir);
        }
    }
}
