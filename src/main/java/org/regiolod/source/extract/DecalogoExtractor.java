package org.regiolod.source.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * §4, "Il Decalogo per la trasformazione digitale": ten numbered guidelines. A guideline wraps
 * onto the lines directly below its number (guideline 1 has a second sentence, "…e non pensare
 * da soli!", on such a line) and ends at a blank line.
 */
public final class DecalogoExtractor {

    public static final int GUIDELINE_COUNT = 10;
    static final String SECTION_HEADING = "4. Il Decalogo per la trasformazione digitale";
    static final String LIST_INTRO = "Di seguito si propone un decalogo di linee guida";
    static final String NEXT_HEADING = "5. I progetti per la trasformazione digitale";
    static final String SOURCE_LOCATION = "§4";
    private static final Pattern ITEM = Pattern.compile("^(\\d+)\\. (.+)$");

    public List<Guideline> extract(SeedText seed) {
        int heading = seed.findExact(1, SECTION_HEADING);
        int intro = seed.find(heading, text -> text.startsWith(LIST_INTRO),
                "the sentence introducing the decalogue ('" + LIST_INTRO + " …')");
        List<Guideline> guidelines = new ArrayList<>();
        int at = seed.nextNonBlank(seed.find(intro, String::isEmpty, "a blank line after the introduction"));
        for (int expected = 1; expected <= GUIDELINE_COUNT; expected++) {
            Matcher item = ITEM.matcher(at < 0 ? "" : seed.normalized(at));
            if (at < 0 || !item.matches() || Integer.parseInt(item.group(1)) != expected) {
                throw seed.error(Math.max(at, intro), "expected guideline '" + expected + ". …' of the decalogue");
            }
            StringBuilder text = new StringBuilder(item.group(2));
            int n = at + 1;
            for (; n <= seed.lineCount() && !seed.normalized(n).isEmpty(); n++) {
                text.append(' ').append(seed.normalized(n));
            }
            guidelines.add(new Guideline(item.group(1), text.toString(), SOURCE_LOCATION));
            at = seed.nextNonBlank(n);
        }
        if (at < 0 || !seed.normalized(at).equals(NEXT_HEADING)) {
            throw seed.error(Math.max(at, intro), "expected the heading '" + NEXT_HEADING
                    + "' right after guideline " + GUIDELINE_COUNT);
        }
        return guidelines;
    }
}
