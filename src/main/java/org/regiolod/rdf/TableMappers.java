package org.regiolod.rdf;

import org.regiolod.rdf.mappers.ActivitiesMapper;
import org.regiolod.rdf.mappers.ActivityStatementsMapper;
import org.regiolod.rdf.mappers.ActsMapper;
import org.regiolod.rdf.mappers.AgreementPartiesMapper;
import org.regiolod.rdf.mappers.AgreementsMapper;
import org.regiolod.rdf.mappers.AmountsMapper;
import org.regiolod.rdf.mappers.EventsMapper;
import org.regiolod.rdf.mappers.ReferencesMapper;
import org.regiolod.rdf.mappers.StatisticsMapper;
import org.regiolod.rdf.mappers.TargetsMapper;
import org.regiolod.rdf.mappers.VocabularyMapper;
import org.regiolod.rdf.mappers.GlossaryMapper;
import org.regiolod.rdf.mappers.GovernanceBodiesMapper;
import org.regiolod.rdf.mappers.GovernanceFunctionsMapper;
import org.regiolod.rdf.mappers.GuidelinesMapper;
import org.regiolod.rdf.mappers.MacroAreasMapper;
import org.regiolod.rdf.mappers.ObjectivesMapper;
import org.regiolod.rdf.mappers.ProjectKindsMapper;
import org.regiolod.rdf.mappers.InterventionsMapper;
import org.regiolod.rdf.mappers.LinesMapper;
import org.regiolod.rdf.mappers.MatrixMapper;
import org.regiolod.rdf.mappers.OrganisationsMapper;
import org.regiolod.rdf.mappers.TargetGroupsMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table kinds RegioLOD understands, in the order they are indexed and mapped (a kind comes
 * after the kinds it refers to). Add a kind here and document it in docs/tables.md.
 */
public final class TableMappers {
    private final Map<String, TableMapper> byKind = new LinkedHashMap<>();

    public TableMappers(List<TableMapper> mappers) {
        mappers.forEach(m -> byKind.put(m.kind(), m));
    }

    public static TableMappers standard() {
        return new TableMappers(List.of(
                new OrganisationsMapper(),
                new ActsMapper(),
                new LinesMapper(),
                new TargetGroupsMapper(),
                new InterventionsMapper(),
                new MatrixMapper(),
                // seed 001 context: SKOS schemes of a plan, governance bodies and their functions
                new MacroAreasMapper(),
                new ObjectivesMapper(),
                new GuidelinesMapper(),
                new ProjectKindsMapper(),
                new GlossaryMapper(),
                new GovernanceBodiesMapper(),
                new GovernanceFunctionsMapper(),
                // seeds 000, 002-004: vocabularies, cited references, events, agreements with their
                // money, activities, outputs, indicators and targets, stated statistics
                VocabularyMapper.principles(),
                VocabularyMapper.sections(),
                VocabularyMapper.governancePillars(),
                VocabularyMapper.collaborationAreas(),
                VocabularyMapper.interventionAreas(),
                VocabularyMapper.planObjectives(),
                VocabularyMapper.highlights(),
                new ReferencesMapper(),
                new EventsMapper(),
                new AgreementsMapper(),
                new AgreementPartiesMapper(),
                new AmountsMapper(),
                new ActivitiesMapper(),
                ActivityStatementsMapper.outputs(),
                ActivityStatementsMapper.indicators(),
                new TargetsMapper(),
                new StatisticsMapper()));
    }

    public List<TableMapper> inOrder() {
        return List.copyOf(byKind.values());
    }

    public java.util.Set<String> kinds() {
        return byKind.keySet();
    }
}
