package org.regiolod.source.generate;

import org.regiolod.source.extract.CsvTable;
import org.regiolod.source.extract.CsvTableWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a data folder of synthetic plans shaped like the real ones in {@code data/} (same manifests,
 * same table kinds, Italian wording) at any size, for the benchmarks. The same {@link Spec} always
 * gives the same bytes: one {@link Random} seeded from the spec, consumed in a fixed order.
 *
 * <p>Per region: one programme (lines, acts, governance bodies and functions); per plan: interventions,
 * target groups, the matrix linking them to the programme's lines, a decalogue, project kinds and
 * acronyms. One national plan (macro-areas and objectives) that every regional plan aligns with, and
 * an organisations table of all the regions. Everything says it is synthetic.
 */
public final class ScaleGenerator {
    /** Written into every generated folder: only such a folder may be overwritten. */
    public static final String MARKER = ".regiolod-generated";
    static final String MODIFIED = "2026-11-23";
    static final String NATIONAL_ID = "piano-triennale-nazionale-sintetico";
    static final String NOTICE = "Dati sintetici generati da 'regiolod generate' per i benchmark: non descrivono un piano reale.";

    /** How much to generate. */
    public record Spec(int regions, int plansPerRegion, int interventionsPerPlan, long seed) {
        public Spec {
            if (regions < 1) throw new IllegalArgumentException("--regions must be at least 1, was " + regions);
            if (plansPerRegion < 1) throw new IllegalArgumentException("--plans-per-region must be at least 1, was " + plansPerRegion);
            if (interventionsPerPlan < 1) throw new IllegalArgumentException("--interventions-per-plan must be at least 1, was " + interventionsPerPlan);
        }
    }

    /** What was written. */
    public record Summary(int datasets, long interventions, long files) {}

    private final Lexicon lex;
    private final CsvTableWriter csv = new CsvTableWriter();

    public ScaleGenerator() { this(Lexicon.standard()); }
    public ScaleGenerator(Lexicon lex) { this.lex = lex; }

    public Summary generate(Spec spec, Path out) {
        Random rnd = new Random(spec.seed());
        List<RegionRef> regions = new ArrayList<>();
        for (int i = 0; i < spec.regions(); i++) regions.add(region(i));
        int[] files = {0};
        try {
            Files.createDirectories(out);
            text(out.resolve(MARKER), "regions=" + spec.regions() + " plans-per-region=" + spec.plansPerRegion()
                    + " interventions-per-plan=" + spec.interventionsPerPlan() + " seed=" + spec.seed() + "\n");
            text(out.resolve("catalog.yaml"), catalog(regions));
            writeOrganisations(out.resolve("organizzazioni"), regions);
            writeNational(out.resolve("nazionale").resolve(NATIONAL_ID), regions.get(0));
            int datasets = 3;
            long interventions = 0;
            for (RegionRef r : regions) {
                int lineCount = 8 + rnd.nextInt(lex.lines().size() - 8 + 1);
                writeProgramme(out.resolve(r.slug).resolve(r.programmeId()), r, lineCount, spec.plansPerRegion(), rnd);
                datasets++;
                for (int k = 1; k <= spec.plansPerRegion(); k++) {
                    writePlan(out.resolve(r.slug).resolve(r.planId(k)), r, k, lineCount, spec.interventionsPerPlan(), rnd);
                    datasets++;
                    interventions += spec.interventionsPerPlan();
                }
            }
            try (var walk = Files.walk(out)) { files[0] = (int) walk.filter(Files::isRegularFile).count(); }
            return new Summary(datasets, interventions, files[0]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated tables under " + out + ": " + e.getMessage(), e);
        }
    }

    /** A region of the generated tree; past the 20 Italian regions the names repeat with a number. */
    private record RegionRef(Lexicon.Region base, int round, String slug, String name, String orgId, String ipa) {
        String programmeId() { return "programma-" + slug; }
        String planId(int k) { return "piano-" + slug + "-" + k; }
        String actId(int k) { return "dgr-" + slug + "-" + k; }
    }

    /** The folder names (slugs) of the first {@code n} regions, as {@link #generate} names them. */
    public static List<String> regionSlugs(int n) {
        ScaleGenerator g = new ScaleGenerator();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(g.region(i).slug);
        return out;
    }

    private RegionRef region(int i) {
        Lexicon.Region r = lex.regions().get(i % lex.regions().size());
        int round = i / lex.regions().size();
        String slug = round == 0 ? r.slug() : r.slug() + "-" + (round + 1);
        String name = round == 0 ? r.name() : r.name() + " " + (round + 1);
        String ipa = round == 0 ? r.ipa() : r.ipa() + (round + 1);
        return new RegionRef(r, round, slug, name, "regione-" + slug, ipa);
    }

    // ---- catalog and organisations

    private String catalog(List<RegionRef> regions) {
        Yaml y = new Yaml().comment("Catalog of a generated data folder (regiolod generate). " + NOTICE)
                .field("id", "regiolod-sintetico")
                .field("title", "Catalogo RegioLOD sintetico per i benchmark")
                .field("description", "Piani regionali sintetici generati per misurare le prestazioni di RegioLOD. " + NOTICE)
                .field("publisher", regions.get(0).orgId)
                .field("license", "https://w3id.org/italia/controlled-vocabulary/licences/A21_CCBY40")
                .field("license_type", "Attribution")
                .open("contact_point").field("id", "regiolod").field("name", "Progetto RegioLOD")
                .field("email", "regiolod@example.org").close()
                .open("defaults").list("theme", List.of("GOVE")).field("accrual_periodicity", "IRREG").close()
                .open("agents");
        for (RegionRef r : regions) y.field(r.orgId, "RegionalAuthority");
        y.field("https://w3id.org/regiolod/onto/publisher", "NonProfitOrganisation");
        return y.close().toString();
    }

    private void writeOrganisations(Path dir, List<RegionRef> regions) throws IOException {
        RegionRef first = regions.get(0);
        text(dir.resolve("dataset.yaml"), manifest("organizzazioni", "Organizzazioni dei piani sintetici",
                "Le amministrazioni regionali nominate dai piani sintetici. " + NOTICE, first,
                source("doc-organizzazioni", "Elenco sintetico delle organizzazioni", first))
                .open("tables").field("organisations", "organisations.csv").close().toString());
        List<List<String>> rows = new ArrayList<>();
        for (RegionRef r : regions) {
            rows.add(List.of(r.orgId, "Regione " + r.name, "public", r.base.acronym(), r.ipa, r.base.code(), "", "", "Elenco"));
        }
        rows.add(List.of("agid", "Agenzia per l’Italia Digitale", "public", "AgID", "", "", "", "", "Elenco"));
        table(dir.resolve("organisations.csv"), List.of("id", "name", "kind", "acronym", "ipa_code", "region", "homepage", "source", "source_location"), rows);
    }

    // ---- the national plan every regional plan aligns with

    private void writeNational(Path dir, RegionRef publisher) throws IOException {
        Yaml m = manifest(NATIONAL_ID, "Piano triennale nazionale sintetico",
                "Macro-ambiti e obiettivi di un piano nazionale sintetico. " + NOTICE, publisher,
                source("doc-nazionale", "Piano triennale nazionale sintetico", publisher))
                .open("plan").field("type", "plan").field("code", "PT sintetico").field("title", "Piano triennale nazionale sintetico")
                .number("start_year", 2020).number("end_year", 2022).field("publisher", "agid").field("source_location", "§1").close()
                .open("tables").field("macro_areas", "macro-areas.csv").field("objectives", "objectives.csv").close();
        text(dir.resolve("dataset.yaml"), m.toString());
        List<List<String>> areas = new ArrayList<>();
        List<List<String>> objectives = new ArrayList<>();
        for (int a = 1; a <= lex.macroAreas().size(); a++) {
            areas.add(List.of(String.valueOf(a), lex.macroAreas().get(a - 1), "§1"));
            for (int o = 1; o <= 3; o++) {
                String title = lex.verbs().get((a + o) % lex.verbs().size()) + " " + lex.objects().get((a * 3 + o) % lex.objects().size());
                objectives.add(List.of(a + "." + o, String.valueOf(a), String.valueOf(o), title, "§1"));
            }
        }
        table(dir.resolve("macro-areas.csv"), List.of("code", "title", "source_location"), areas);
        table(dir.resolve("objectives.csv"), List.of("code", "macro_area", "number", "title", "source_location"), objectives);
    }

    // ---- a region's programme

    private void writeProgramme(Path dir, RegionRef r, int lineCount, int plans, Random rnd) throws IOException {
        Yaml m = manifest(r.programmeId(), "Programma strategico per la trasformazione digitale della Regione " + r.name,
                "Le linee di intervento strategiche e il modello di governance di un programma sintetico della Regione "
                        + r.name + ". " + NOTICE, r,
                source("doc-" + r.programmeId(), "Programma strategico sintetico della Regione " + r.name, r))
                .open("plan").field("type", "programme").field("code", "PSTD " + r.base.acronym())
                .field("title", "Programma strategico per la trasformazione digitale della Regione " + r.name)
                .field("region", r.base.code()).list("approved_by", List.of(r.actId(0)))
                .field("source_location", "§2").close()
                .open("tables").field("acts", "acts.csv").field("lines", "lines.csv")
                .field("governance_bodies", "governance-bodies.csv").field("governance_functions", "governance-functions.csv").close();
        text(dir.resolve("dataset.yaml"), m.toString());

        List<List<String>> lines = new ArrayList<>();
        for (int l = 1; l <= lineCount; l++) lines.add(List.of(String.valueOf(l), lex.lines().get(l - 1), "", "§2"));
        table(dir.resolve("lines.csv"), List.of("code", "title", "description", "source_location"), lines);

        List<List<String>> acts = new ArrayList<>();
        for (int k = 0; k <= plans; k++) {
            int year = 2018 + k;
            String number = (100 + rnd.nextInt(9000)) + "";
            String date = String.format("%d-%02d-%02d", year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            String what = k == 0 ? "approvazione del programma strategico" : "approvazione del piano triennale n. " + k;
            acts.add(List.of(r.actId(k), "DGR", number, date,
                    "Deliberazione di Giunta regionale n. " + number + " (" + what + ")", r.orgId, "", "§1"));
        }
        table(dir.resolve("acts.csv"), List.of("id", "type", "number", "date", "title", "issuer", "source", "source_location"), acts);

        List<List<String>> bodies = new ArrayList<>();
        List<List<String>> functions = new ArrayList<>();
        for (int b = 1; b <= lex.governanceBodies().size(); b++) {
            Lexicon.Body body = lex.governanceBodies().get(b - 1);
            bodies.add(List.of(String.valueOf(b), body.name(), body.text(), "§1.1"));
            for (int f = 1; f <= lex.governanceFunctions().size(); f++) {
                functions.add(List.of(b + "." + (char) ('a' + f - 1), String.valueOf(b), lex.governanceFunctions().get(f - 1), "§1.1"));
            }
        }
        table(dir.resolve("governance-bodies.csv"), List.of("code", "name", "text", "source_location"), bodies);
        table(dir.resolve("governance-functions.csv"), List.of("code", "body", "text", "source_location"), functions);
    }

    // ---- a region's plan

    private void writePlan(Path dir, RegionRef r, int k, int lineCount, int interventions, Random rnd) throws IOException {
        int start = 2018 + 3 * k;
        String code = "PTTD " + r.base.acronym() + " " + start + "-" + (start + 2 - 2000);
        Yaml plan = new Yaml().field("type", "plan").field("code", code)
                .field("title", "Piano triennale per la trasformazione digitale " + start + "-" + (start + 2) + " della Regione " + r.name)
                .field("region", r.base.code()).number("start_year", start).number("end_year", start + 2)
                .list("implements_plans", List.of(r.programmeId())).list("aligns_with", List.of(NATIONAL_ID))
                .list("revises", k > 1 ? List.of(r.planId(k - 1)) : List.of())
                .list("approved_by", List.of(r.actId(k))).field("source_location", "Scopo del documento");
        Yaml m = manifest(r.planId(k), "Piano triennale per la trasformazione digitale " + start + "-" + (start + 2) + " della Regione " + r.name,
                "Gli interventi strategici di un piano sintetico della Regione " + r.name
                        + ", i potenziali target e la matrice che li collega alle linee del programma. " + NOTICE, r,
                source("doc-" + r.planId(k), "Piano triennale sintetico " + start + "-" + (start + 2) + " della Regione " + r.name, r))
                .block("plan", plan)
                .open("tables").field("interventions", "interventions.csv").field("target_groups", "target-groups.csv")
                .field("matrix", "matrix.csv").field("guidelines", "decalogue.csv").field("project_kinds", "project-kinds.csv")
                .field("glossary", "acronyms.csv").close()
                .open("scheme_titles").field("guidelines", "Decalogo per la trasformazione digitale").close();
        text(dir.resolve("dataset.yaml"), m.toString());

        List<List<String>> rows = new ArrayList<>();
        List<List<String>> matrix = new ArrayList<>();
        int targets = lex.targetGroups().size();
        List<String> header = new ArrayList<>(List.of("intervention"));
        for (int l = 1; l <= lineCount; l++) header.add("line:" + l);
        for (int t = 1; t <= targets; t++) header.add("target:" + t);
        header.add("source_location");
        for (int i = 1; i <= interventions; i++) {
            String id = "I." + i;
            rows.add(List.of(id, title(rnd), "§3"));
            List<String> cells = new ArrayList<>(header.size());
            cells.add(id);
            marks(cells, lineCount, 1 + rnd.nextInt(3), rnd);
            marks(cells, targets, 1 + rnd.nextInt(3), rnd);
            cells.add("Allegato 1");
            matrix.add(cells);
        }
        table(dir.resolve("interventions.csv"), List.of("code", "title", "source_location"), rows);
        table(dir.resolve("matrix.csv"), header, matrix);

        List<List<String>> groups = new ArrayList<>();
        for (int t = 1; t <= targets; t++) groups.add(List.of(String.valueOf(t), lex.targetGroups().get(t - 1), "false", "", "Allegato 1"));
        table(dir.resolve("target-groups.csv"), List.of("notation", "label", "label_is_interpretation", "label_derivation", "source_location"), groups);

        List<List<String>> guidelines = new ArrayList<>();
        for (int g = 1; g <= lex.guidelines().size(); g++) guidelines.add(List.of(String.valueOf(g), lex.guidelines().get(g - 1), "§4"));
        table(dir.resolve("decalogue.csv"), List.of("code", "text", "source_location"), guidelines);

        List<List<String>> kinds = new ArrayList<>();
        for (Lexicon.ProjectKind pk : lex.projectKinds()) kinds.add(List.of(pk.code(), pk.label(), pk.definition(), "§5"));
        table(dir.resolve("project-kinds.csv"), List.of("code", "label", "definition", "source_location"), kinds);

        List<List<String>> acronyms = new ArrayList<>();
        for (Lexicon.Acronym a : lex.acronyms()) acronyms.add(List.of(a.acronym(), a.expansion(), "", "Acronimi"));
        table(dir.resolve("acronyms.csv"), List.of("acronym", "expansion", "note", "source_location"), acronyms);
    }

    /** An intervention's title: a verb, what it acts on, and (mostly) for whom or how. */
    private String title(Random rnd) {
        String t = pick(lex.verbs(), rnd) + " " + pick(lex.objects(), rnd);
        int q = rnd.nextInt(lex.qualifiers().size() + 3);
        return q < lex.qualifiers().size() ? t + " " + lex.qualifiers().get(q) : t;
    }

    /** Appends {@code columns} cells of which {@code marked} (distinct, chosen at random) hold X. */
    private static void marks(List<String> cells, int columns, int marked, Random rnd) {
        boolean[] x = new boolean[columns];
        for (int n = 0; n < Math.min(marked, columns); ) {
            int c = rnd.nextInt(columns);
            if (!x[c]) { x[c] = true; n++; }
        }
        for (boolean b : x) cells.add(b ? "X" : "");
    }

    private static String pick(List<String> words, Random rnd) { return words.get(rnd.nextInt(words.size())); }

    // ---- manifests

    private Yaml manifest(String id, String title, String description, RegionRef publisher, Yaml source) {
        return new Yaml().comment(NOTICE)
                .field("id", id).field("title", title).field("description", description)
                .field("publisher", publisher.orgId)
                .list("keywords", List.of("trasformazione digitale", "dati sintetici"))
                .field("modified", MODIFIED)
                .block("source", source);
    }

    private static Yaml source(String id, String title, RegionRef publisher) {
        return new Yaml().field("id", id).field("seed", "generato.txt").field("title", title).field("publisher", publisher.orgId);
    }

    private void table(Path file, List<String> header, List<List<String>> rows) {
        csv.write(file, new CsvTable(header, rows));
    }

    private static void text(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
