package org.regiolod.rdf.mappers;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.regiolod.rdf.MappingContext;
import org.regiolod.rdf.UriScheme;
import org.regiolod.rdf.Vocab;
import org.regiolod.source.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain vocabulary kinds of seeds 000, 002 and 004: a code, a label in the source's words, a
 * definition where the source gives one ({@code definition}, optional) and, where the source
 * nests items, the code of the broader one ({@code broader}, optional; the row is then not a top
 * concept). One instance per kind, built by the factory methods below.
 */
public final class VocabularyMapper extends ConceptSchemeMapper {
    static final String DEFINITION = "definition";
    static final String BROADER = "broader";
    private final boolean nested;

    private VocabularyMapper(String kind, Resource conceptClass, String schemeName, String defaultTitle,
                             ConceptUri uri, boolean nested) {
        super(new Spec(kind, "code", "label", null, List.of(), optional(nested), conceptClass, schemeName, defaultTitle, uri));
        this.nested = nested;
    }

    private static List<String> optional(boolean nested) {
        List<String> out = new ArrayList<>(List.of(DEFINITION, NOTE));
        if (nested) out.add(BROADER);
        return out;
    }

    /** The guiding principles of a programme (PSSTD 2025: data-driven region, people at the centre). */
    public static VocabularyMapper principles() {
        return new VocabularyMapper("principles", Vocab.GuidingPrinciple, "principi", "Principi guida del %s", UriScheme::principle, false);
    }

    /** The main sections the source says a document has, with the summary it gives of each. */
    public static VocabularyMapper sections() {
        return new VocabularyMapper("sections", Vocab.DocumentSection, "sezioni", "Sezioni del %s", UriScheme::section, false);
    }

    /** What a programme's governance model rests on. */
    public static VocabularyMapper governancePillars() {
        return new VocabularyMapper("governance_pillars", Vocab.GovernancePillar, "pilastri-governance",
                "Pilastri della governance del %s", UriScheme::governancePillar, false);
    }

    /** The collaboration areas of an agreement; the particular areas under an area are narrower. */
    public static VocabularyMapper collaborationAreas() {
        return new VocabularyMapper("collaboration_areas", Vocab.CollaborationArea, "ambiti-collaborazione",
                "Ambiti di collaborazione del %s", UriScheme::collaborationArea, true);
    }

    /** The areas of intervention of a plan (Agenda Digitale Toscana 2023: 8 areas). */
    public static VocabularyMapper interventionAreas() {
        return new VocabularyMapper("intervention_areas", Vocab.InterventionArea, "aree-intervento",
                "Aree di intervento del %s", UriScheme::interventionArea, false);
    }

    /** What a programme announces as new for its territory (PSSTD 2025: the data-driven region, the digital twin, …). */
    public static VocabularyMapper highlights() {
        return new VocabularyMapper("highlights", Vocab.Highlight, "novita", "Novità del %s", UriScheme::highlight, false);
    }

    /** The general objectives a plan sets itself. */
    public static VocabularyMapper planObjectives() {
        return new VocabularyMapper("plan_objectives", Vocab.PlanObjective, "obiettivi",
                "Obiettivi del %s", UriScheme::planObjective, false);
    }

    @Override protected boolean isTopConcept(Row row) {
        return !row.has(BROADER);
    }

    @Override protected void link(Row row, Resource concept, MappingContext ctx, String planId) {
        ctx.it(concept, SKOS.definition, row.get(DEFINITION));
        if (nested && row.has(BROADER)) {
            String broader = row.get(BROADER);
            ctx.registry().require(namespace(kind(), ctx.dataset().id()), broader, row, BROADER);
            if (broader.equals(row.get("code"))) throw row.error(BROADER, "a concept cannot be broader than itself", "name another row's code");
            Resource parent = ctx.resource(spec.conceptUri().of(ctx.uris(), planId, broader));
            concept.addProperty(SKOS.broader, parent);
            parent.addProperty(SKOS.narrower, concept);
        }
    }
}
