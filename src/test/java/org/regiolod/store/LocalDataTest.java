package org.regiolod.store;

import org.junit.jupiter.api.Test;
import org.regiolod.TestPublished;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class LocalDataTest {

    @Test
    void readsTheUnionOfTheDatasetGraphsInsideAReadTransaction() {
        PublishedData data = TestPublished.data();
        List<String> plans = data.read(conn -> {
            List<String> out = new ArrayList<>();
            conn.querySelect("SELECT ?p WHERE { ?p a <https://w3id.org/regiolod/onto/Plan> }",
                    row -> out.add(row.getResource("p").getURI()));
            return out;
        });
        assertTrue(plans.contains(TestPublished.BASE + "id/piano/pttd-2021-2023"), plans::toString);
    }

    @Test
    void refusesABaseUriWithoutTrailingSlash() {
        assertThrows(IllegalArgumentException.class, () -> new LocalData(
                org.apache.jena.query.DatasetFactory.create(), "http://x.org", "v", java.time.Instant.now()));
    }
}
