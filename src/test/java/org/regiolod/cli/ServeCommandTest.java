package org.regiolod.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regiolod.TestData;
import org.regiolod.store.VersionedStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * serve's publishing half, in process (--publish-only): publishes a version with its dumps,
 * reuses it while the inputs are unchanged, and refuses a build with SHACL violations, leaving
 * the published version served. Serving itself is tested over HTTP by the web.server tests and,
 * as a real process, by PublishCrashTest.
 */
class ServeCommandTest {
    static final String PTTD = "lombardia/pttd-2021-2023/";

    @Test
    void publishesReusesAnUnchangedBuildAndRefusesViolations(@TempDir Path tmp) throws IOException {
        Path data = TestData.copyOfData(tmp);
        Path db = tmp.resolve("db");
        String[] args = {"serve", "--publish-only", "--data", data.toString(), "--db", db.toString(), "--base-uri", "http://example.org/"};

        CliRun first = CliRun.of(args);
        assertEquals(Main.OK, first.exitCode(), first::toString);
        assertTrue(first.out().contains("published v-1"), first::toString);
        VersionedStore.Version v1;
        try (VersionedStore store = VersionedStore.open(db)) {
            v1 = store.current().orElseThrow();
        }
        assertEquals("http://example.org/", v1.baseUri());
        assertTrue(Files.isRegularFile(v1.site().orElseThrow().resolve("regiolod.nq")), "dumps published with the version");
        assertTrue(Files.isRegularFile(v1.site().orElseThrow().resolve("dumps/pttd-2021-2023.ttl")));

        CliRun again = CliRun.of(args);
        assertEquals(Main.OK, again.exitCode(), again::toString);
        assertTrue(again.err().contains("inputs unchanged since v-1"), again::toString);
        assertTrue(again.out().contains("published v-1"), "no new version: " + again);

        // The same act with two dates: dct:date allows one value (a SHACL violation).
        Files.writeString(data.resolve(PTTD + "acts.csv"),
                "id,type,number,date,title,issuer,source_location\n"
                        + "rl-dgr-1042-2018,DGR,XI/1042,2018-12-18,Deliberazione n. XI/1042,regione-lombardia,Scopo del documento\n");
        Path manifest = data.resolve(PTTD + "dataset.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("tables:\n", "tables:\n  acts: acts.csv\n"));
        CliRun refused = CliRun.of(args);
        assertEquals(Main.VIOLATIONS, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("serve refused to publish") && refused.err().contains("still published: v-1"), refused::toString);
        Path report = db.resolve("validation-report.ttl");
        assertTrue(refused.err().contains(report.toString()), refused::toString);
        assertTrue(Files.readString(report).contains("sh:Violation"));
        try (VersionedStore store = VersionedStore.open(db)) {
            assertEquals(v1.name(), store.current().orElseThrow().name(), "the served version is untouched");
        }
    }
}
