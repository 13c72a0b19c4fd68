package org.regiolod.source.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The 10 LIS of the PSSTD 2018 as §2 of the PTTD lists them ("1. Comunicazione digitale …"). */
public final class PsstdLinesExtractor {

    /** §2 announces "10 Linee di Intervento Strategiche (LIS)"; the list must have exactly that many. */
    public static final int LINE_COUNT = 10;
    static final String SECTION_HEADING = "2. La “vision digitale” di Regione Lombardia oggi";
    static final String LIST_INTRO_END = "all’interno di 10 Linee di Intervento Strategiche (LIS):";
    static final String SOURCE_LOCATION = "§2";

    private static final Pattern ITEM = Pattern.compile("^(\\d+)\\. (.+)$");

    public List<StrategicLine> extract(SeedText seed) {
        int heading = seed.findExact(1, SECTION_HEADING);
        int intro = seed.find(heading, text -> text.endsWith(LIST_INTRO_END),
                "the sentence introducing the LIS list, ending '" + LIST_INTRO_END + "'");
        List<StrategicLine> lines = new ArrayList<>();
        int at = intro;
        for (int expected = 1; expected <= LINE_COUNT; expected++) {
            at = seed.nextNonBlank(at);
            if (at < 0) {
                throw seed.error(seed.lineCount(), "the LIS list ends after " + (expected - 1) + " items");
            }
            Matcher item = ITEM.matcher(seed.normalized(at));
            if (!item.matches() || Integer.parseInt(item.group(1)) != expected) {
                throw seed.error(at, "expected LIS item '" + expected + ". <title>', found '"
                        + seed.normalized(at) + "'");
            }
            lines.add(new StrategicLine(item.group(1), item.group(2), SOURCE_LOCATION));
        }
        int after = seed.nextNonBlank(at);
        if (after > 0 && ITEM.matcher(seed.normalized(after)).matches()) {
            throw seed.error(after, "the LIS list has more than " + LINE_COUNT + " items");
        }
        return lines;
    }
}
