package org.regiolod.source.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * §1.1: the governance model the PSSTD defined ("che prevede:") — bodies numbered "1)", "2)",
 * "3)", each possibly followed by its functions, lettered "a." … or bulleted. The text is
 * double-spaced, so an item's wrapped lines are separated by blank lines; an item runs until
 * the next marker.
 */
public final class GovernanceExtractor {

    static final String SECTION_HEADING = "1.1. Dove si colloca il Piano Triennale per la Trasformazione Digitale";
    static final String LIST_INTRO_END = "che prevede:";
    static final String LIST_END_START = "Lo stesso Modello di Governance si intende applicabile";
    static final String SOURCE_LOCATION = "§1.1";
    /**
     * Where a body's name ends in its item: the appositions the source attaches to each name
     * ("…digitale con le seguenti funzioni:", "…semplificazione, organo consultivo…",
     * "…in Lombardia, quale punto…").
     */
    static final List<String> NAME_ENDS = List.of(" con le seguenti funzioni:", ", organo ", ", quale ");
    private static final Pattern BODY = Pattern.compile("^(\\d+)\\) (.+)$");
    /** The article before a body's name belongs to the sentence, not to the name. */
    private static final Pattern ARTICLE = Pattern.compile("^(?:Il |La |Lo |L’)");
    private static final Pattern LETTERED = Pattern.compile("^([a-z])\\. (.+)$");

    public record Result(List<GovernanceBody> bodies, List<GovernanceFunction> functions) {
    }

    public Result extract(SeedText seed) {
        int heading = seed.findExact(1, SECTION_HEADING);
        int intro = seed.find(heading, text -> text.endsWith(LIST_INTRO_END),
                "the sentence introducing the governance model, ending '" + LIST_INTRO_END + "'");
        int end = seed.find(intro, text -> text.startsWith(LIST_END_START),
                "the sentence after the list, starting '" + LIST_END_START + "'");

        List<int[]> bodyLines = new ArrayList<>();
        List<StringBuilder> bodies = new ArrayList<>();
        List<List<StringBuilder>> functions = new ArrayList<>();
        List<List<String>> functionCodes = new ArrayList<>();
        StringBuilder current = null;
        for (int n = intro + 1; n < end; n++) {
            String text = seed.normalized(n);
            if (text.isEmpty()) {
                continue;
            }
            Matcher body = BODY.matcher(text);
            Matcher lettered = LETTERED.matcher(text);
            if (body.matches()) {
                if (Integer.parseInt(body.group(1)) != bodies.size() + 1) {
                    throw seed.error(n, "expected governance body " + (bodies.size() + 1) + "), found '" + text + "'");
                }
                current = new StringBuilder(body.group(2));
                bodies.add(current);
                bodyLines.add(new int[] {n});
                functions.add(new ArrayList<>());
                functionCodes.add(new ArrayList<>());
            } else if (bodies.isEmpty()) {
                throw seed.error(n, "text before the first governance body: '" + text + "'");
            } else if (lettered.matches() || Bullets.startsWithBullet(text)) {
                List<String> codes = functionCodes.get(bodies.size() - 1);
                String code = lettered.matches() ? lettered.group(1) : String.valueOf(codes.size() + 1);
                String expected = lettered.matches() ? String.valueOf((char) ('a' + codes.size())) : code;
                if (!code.equals(expected)) {
                    throw seed.error(n, "expected function " + expected + ". of body " + bodies.size());
                }
                codes.add(bodies.size() + "." + code);
                current = new StringBuilder(lettered.matches() ? lettered.group(2) : Bullets.strip(text));
                functions.get(bodies.size() - 1).add(current);
            } else {
                current.append(' ').append(text);
            }
        }
        if (bodies.isEmpty()) {
            throw seed.error(intro, "no governance bodies ('1) …') after this line");
        }
        List<GovernanceBody> bodyRows = new ArrayList<>();
        List<GovernanceFunction> functionRows = new ArrayList<>();
        for (int b = 0; b < bodies.size(); b++) {
            String code = String.valueOf(b + 1);
            String text = bodies.get(b).toString();
            bodyRows.add(new GovernanceBody(code, name(seed, bodyLines.get(b)[0], text), text, SOURCE_LOCATION));
            for (int f = 0; f < functions.get(b).size(); f++) {
                functionRows.add(new GovernanceFunction(functionCodes.get(b).get(f), code,
                        withoutListSeparator(functions.get(b).get(f).toString()), SOURCE_LOCATION));
            }
        }
        return new Result(bodyRows, functionRows);
    }

    private static String name(SeedText seed, int line, String text) {
        int cut = NAME_ENDS.stream().mapToInt(text::indexOf).filter(i -> i > 0).min()
                .orElseThrow(() -> seed.error(line, "cannot tell where the body's name ends in '" + text + "'"));
        return ARTICLE.matcher(text.substring(0, cut)).replaceFirst("");
    }

    /** The trailing ';' separates list items; it is not part of the item's text. */
    private static String withoutListSeparator(String text) {
        return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
    }
}
