package org.regiolod.source.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * §5, "I progetti per la trasformazione digitale": the three kinds of project of the "Portafoglio
 * ICT" — Transform (defined in running text), GROW and RUN (defined in a bulleted list).
 */
public final class ProjectKindsExtractor {

    static final String SECTION_HEADING = DecalogoExtractor.NEXT_HEADING;
    static final String TRANSFORM_LABEL = "Progetti di Trasformazione (cd. Progetti “Transform”)";
    static final String TRANSFORM_DEFINITION_START = "Con “Progetti di Trasformazione” si fa riferimento a";
    /** Decalogue guideline 2 writes the kind in capitals, as §5 writes GROW and RUN. */
    static final String TRANSFORM_CODE_IN_SECTION_4 = "“TRANSFORM”";
    static final String SOURCE_LOCATION = "§5";
    /** The end of a sentence: a full stop followed by a capitalised word, or the end of the text. */
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?\\.)(?= \\p{Lu}|$)");

    public List<ProjectKind> extract(SeedText seed) {
        int heading = seed.findExact(1, SECTION_HEADING);
        int end = seed.findExact(heading, AllegatoMatrixExtractor.ANNEX_HEADING);
        List<Block> blocks = blocks(seed, heading + 1, end);

        int section4 = seed.findExact(1, DecalogoExtractor.SECTION_HEADING);
        seed.find(section4, text -> text.contains(TRANSFORM_CODE_IN_SECTION_4),
                "the kind " + TRANSFORM_CODE_IN_SECTION_4 + " in the decalogue");
        if (blocks.stream().noneMatch(b -> b.text().contains(TRANSFORM_LABEL))) {
            throw seed.error(heading, "§5 does not name '" + TRANSFORM_LABEL + "'");
        }
        Block transform = startingWith(seed, blocks, TRANSFORM_DEFINITION_START, heading);
        Matcher sentence = FIRST_SENTENCE.matcher(transform.text());
        if (!sentence.find()) {
            throw seed.error(transform.line(), "the definition of Transform projects does not end with a full stop");
        }
        List<ProjectKind> kinds = new ArrayList<>();
        kinds.add(new ProjectKind("TRANSFORM", TRANSFORM_LABEL, sentence.group(1), SOURCE_LOCATION));
        for (String code : List.of("GROW", "RUN")) {
            String label = "Progetti cd. “" + code + "”";
            Block item = startingWith(seed, blocks, label + ":", heading);
            String definition = item.text().substring(label.length() + 1).strip();
            // The trailing ';' separates the list's items; it is not part of the definition.
            definition = definition.endsWith(";") ? definition.substring(0, definition.length() - 1) : definition;
            kinds.add(new ProjectKind(code, label, definition, SOURCE_LOCATION));
        }
        return kinds;
    }

    /** A run of consecutive non-blank lines, whitespace collapsed, list bullet (U+F0B7) removed. */
    record Block(int line, String text) {
    }

    static List<Block> blocks(SeedText seed, int from, int to) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder text = null;
        int start = -1;
        for (int n = from; n < to; n++) {
            String line = Bullets.strip(seed.normalized(n));
            if (line.isEmpty()) {
                if (text != null) {
                    blocks.add(new Block(start, text.toString()));
                    text = null;
                }
            } else if (text == null) {
                text = new StringBuilder(line);
                start = n;
            } else {
                text.append(' ').append(line);
            }
        }
        if (text != null) {
            blocks.add(new Block(start, text.toString()));
        }
        return blocks;
    }

    private static Block startingWith(SeedText seed, List<Block> blocks, String start, int heading) {
        return blocks.stream().filter(b -> b.text().startsWith(start)).findFirst()
                .orElseThrow(() -> seed.error(heading, "no paragraph of the section starts with '" + start + "'"));
    }
}
