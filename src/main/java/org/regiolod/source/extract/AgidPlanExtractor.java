package org.regiolod.source.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The §1.2 table "Ambiti / Obiettivi": the macro-areas of AgID's Piano Triennale 2020-2022 with
 * their numbered objectives, as the PTTD summarises them. In the text an area's name stands on
 * its own line(s) (it may wrap: "Sicurezza" / "informatica") after a blank line; objectives start
 * with "n." and wrap onto the lines directly below them.
 */
public final class AgidPlanExtractor {

    static final String SECTION_HEADING = "1.2. Le recenti novità rispetto al PSSTD";
    static final String TABLE_HEADER = "Ambiti Obiettivi";
    static final String TABLE_END = "La nuova strategia europea per il settore digitale";
    static final String SOURCE_LOCATION = "§1.2";
    /** The sentence before the table states how many macro-areas there are. */
    private static final Pattern AREA_COUNT = Pattern.compile("declinati in (\\d+) macro‐ambiti");
    private static final Pattern OBJECTIVE = Pattern.compile("^(\\d+)\\. ?(\\S.*)$");

    public record Result(List<AgidMacroArea> areas, List<AgidObjective> objectives) {
    }

    private enum Previous { HEADER, AREA, OBJECTIVE }

    public Result extract(SeedText seed) {
        int heading = seed.findExact(1, SECTION_HEADING);
        int countLine = seed.find(heading, text -> AREA_COUNT.matcher(text).find(),
                "the sentence stating the number of macro-areas ('declinati in N macro‐ambiti')");
        Matcher count = AREA_COUNT.matcher(seed.normalized(countLine));
        count.find();
        int expectedAreas = Integer.parseInt(count.group(1));
        int header = seed.findExact(countLine, TABLE_HEADER);
        int end = seed.findExact(header, TABLE_END);

        List<StringBuilder> areaTitles = new ArrayList<>();
        List<Integer> areaLines = new ArrayList<>();
        List<List<StringBuilder>> objectives = new ArrayList<>();
        Previous previous = Previous.HEADER;
        boolean blankBefore = true;
        for (int n = header + 1; n < end; n++) {
            String text = seed.normalized(n);
            if (text.isEmpty()) {
                blankBefore = true;
                continue;
            }
            Matcher objective = OBJECTIVE.matcher(text);
            if (objective.matches()) {
                if (areaTitles.isEmpty()) {
                    throw seed.error(n, "an objective before the first macro-area");
                }
                List<StringBuilder> ofArea = objectives.get(objectives.size() - 1);
                if (Integer.parseInt(objective.group(1)) != ofArea.size() + 1) {
                    throw seed.error(n, "expected objective " + (ofArea.size() + 1) + " of '"
                            + areaTitles.get(areaTitles.size() - 1) + "', found '" + text + "'");
                }
                ofArea.add(new StringBuilder(objective.group(2)));
                previous = Previous.OBJECTIVE;
            } else if (previous == Previous.OBJECTIVE && !blankBefore) {
                List<StringBuilder> ofArea = objectives.get(objectives.size() - 1);
                ofArea.get(ofArea.size() - 1).append(' ').append(text);
            } else if (previous == Previous.AREA && !blankBefore) {
                areaTitles.get(areaTitles.size() - 1).append(' ').append(text);
            } else if (previous == Previous.AREA) {
                throw seed.error(n, "a macro-area name followed by unnumbered text '" + text + "'");
            } else {
                areaTitles.add(new StringBuilder(text));
                areaLines.add(n);
                objectives.add(new ArrayList<>());
                previous = Previous.AREA;
            }
            blankBefore = false;
        }
        if (areaTitles.size() != expectedAreas) {
            throw seed.error(header, "the table has " + areaTitles.size() + " macro-areas, the text before it says "
                    + expectedAreas);
        }
        List<AgidMacroArea> areas = new ArrayList<>();
        List<AgidObjective> all = new ArrayList<>();
        for (int a = 0; a < areaTitles.size(); a++) {
            if (objectives.get(a).isEmpty()) {
                throw seed.error(areaLines.get(a), "macro-area '" + areaTitles.get(a) + "' has no objectives");
            }
            String code = String.valueOf(a + 1);
            areas.add(new AgidMacroArea(code, areaTitles.get(a).toString(), SOURCE_LOCATION));
            for (int o = 0; o < objectives.get(a).size(); o++) {
                String number = String.valueOf(o + 1);
                all.add(new AgidObjective(code + "." + number, code, number, objectives.get(a).get(o).toString(),
                        SOURCE_LOCATION));
            }
        }
        return new Result(areas, all);
    }
}
