package org.regiolod.source.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Acronimi" table at the start of the PTTD: each row is "ACRONYM" + U+00A0 + space +
 * expansion; an expansion may wrap onto the next line ("ICT … della" / "comunicazione").
 */
public final class AcronymsExtractor {

    static final String SECTION_HEADING = "Acronimi";
    static final String TABLE_HEADER = "Nome Descrizione";
    static final String NEXT_HEADING = "Executive summary";
    static final String SOURCE_LOCATION = "Acronimi";
    private static final Pattern ROW = Pattern.compile("^([^\\s\\u00A0]+)\\u00A0 +(\\S.*)$");

    public List<Acronym> extract(SeedText seed) {
        int heading = seed.findExact(1, SECTION_HEADING);
        int header = seed.findExact(heading, TABLE_HEADER);
        int end = seed.findExact(header, NEXT_HEADING);
        List<String> acronyms = new ArrayList<>();
        List<StringBuilder> expansions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int n = header + 1; n < end; n++) {
            if (seed.normalized(n).isEmpty()) {
                continue;
            }
            Matcher row = ROW.matcher(seed.line(n).strip());
            if (row.matches()) {
                if (!seen.add(row.group(1))) {
                    throw seed.error(n, "acronym " + row.group(1) + " appears twice");
                }
                acronyms.add(row.group(1));
                expansions.add(new StringBuilder(Whitespace.collapse(row.group(2))));
            } else if (acronyms.isEmpty()) {
                throw seed.error(n, "expected 'ACRONYM<U+00A0> expansion', found '" + seed.normalized(n) + "'");
            } else {
                expansions.get(expansions.size() - 1).append(' ').append(seed.normalized(n));
            }
        }
        if (acronyms.isEmpty()) {
            throw seed.error(header, "the acronym table is empty");
        }
        List<Acronym> rows = new ArrayList<>();
        for (int i = 0; i < acronyms.size(); i++) {
            rows.add(new Acronym(acronyms.get(i), expansions.get(i).toString(), SOURCE_LOCATION));
        }
        return rows;
    }
}
