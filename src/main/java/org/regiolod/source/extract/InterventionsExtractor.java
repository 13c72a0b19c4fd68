package org.regiolod.source.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interventions I.1 … I.30 with their full titles from the §3 table "ID Interventi
 * strategici". A title may wrap over several lines and the code may stand alone on its line;
 * the table header repeats after a page break.
 */
public final class InterventionsExtractor {

    /** The Executive summary: "sono stati individuati 30 interventi strategici". */
    public static final int INTERVENTION_COUNT = 30;
    static final String SECTION_HEADING = "3. Gli interventi strategici per l’attuazione della “vision";
    static final String TABLE_HEADER = "ID Interventi strategici";
    static final String TABLE_END_START = "Nell’Allegato 1 al presente Piano";
    static final String SOURCE_LOCATION = "§3";

    private static final Pattern CODE_LINE = Pattern.compile("^I\\.(\\d+)(?: (.*))?$");

    public List<Intervention> extract(SeedText seed) {
        int heading = seed.findExact(1, SECTION_HEADING);
        int header = seed.findExact(heading, TABLE_HEADER);
        int end = seed.find(header, text -> text.startsWith(TABLE_END_START),
                "the sentence after the table, starting '" + TABLE_END_START + "'");

        List<String> codes = new ArrayList<>();
        List<StringBuilder> titles = new ArrayList<>();
        for (int n = header + 1; n < end; n++) {
            String text = seed.normalized(n);
            if (text.isEmpty() || text.equals(TABLE_HEADER)) {
                continue;
            }
            Matcher code = CODE_LINE.matcher(text);
            if (code.matches()) {
                int expected = codes.size() + 1;
                if (Integer.parseInt(code.group(1)) != expected) {
                    throw seed.error(n, "expected intervention I." + expected + ", found '" + text + "'");
                }
                codes.add("I." + code.group(1));
                titles.add(new StringBuilder(code.group(2) == null ? "" : code.group(2)));
            } else if (codes.isEmpty()) {
                throw seed.error(n, "text before the first intervention code: '" + text + "'");
            } else {
                StringBuilder title = titles.get(titles.size() - 1);
                title.append(title.isEmpty() ? "" : " ").append(text);
            }
        }
        if (codes.size() != INTERVENTION_COUNT) {
            throw seed.error(end, "the table lists " + codes.size() + " interventions, expected "
                    + INTERVENTION_COUNT);
        }
        List<Intervention> interventions = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String title = titles.get(i).toString();
            if (title.isEmpty()) {
                throw seed.error(header, codes.get(i) + " has no title in the table");
            }
            interventions.add(new Intervention(codes.get(i), title, SOURCE_LOCATION));
        }
        return interventions;
    }
}
