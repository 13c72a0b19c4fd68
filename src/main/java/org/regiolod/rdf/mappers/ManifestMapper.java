package org.regiolod.rdf.mappers;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.regiolod.rdf.MappingContext;
import org.regiolod.rdf.Registry;
import org.regiolod.rdf.Vocab;
import org.regiolod.source.Manifest;

/**
 * What a manifest itself says: the dataset, its source document and the plan it describes (with
 * its period, region, approving acts and the plans it implements or revises).
 */
public final class ManifestMapper {

    public void map(MappingContext ctx) {
        Manifest m = ctx.dataset().manifest();
        var file = ctx.dataset().manifestFile();
        Registry reg = ctx.registry();
        reg.require(Registry.ORGANISATION, m.publisher(), file, "publisher");
        reg.require(Registry.ORGANISATION, m.source().publisher(), file, "source.publisher");

        Resource doc = document(ctx, m.source());
        Resource dataset = ctx.resource(ctx.uris().dataset(m.id()))
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.identifier, m.id())
                .addProperty(DCTerms.publisher, ctx.resource(ctx.uris().organisation(m.publisher())))
                .addProperty(Vocab.PROV.wasDerivedFrom, doc);
        ctx.it(dataset, DCTerms.title, m.title());
        ctx.it(dataset, DCTerms.description, m.description());
        for (String k : m.keywords()) ctx.it(dataset, DCAT.keyword, k);

        Manifest.Plan p = m.plan();
        if (p == null) return;
        Resource plan = ctx.resource(ctx.uris().plan(m.id()))
                .addProperty(RDF.type, Vocab.Plan)
                .addProperty(DCTerms.identifier, p.code())
                .addProperty(SKOS.notation, p.code());
        if (p.isProgramme()) plan.addProperty(RDF.type, Vocab.Programme);
        ctx.it(plan, DCTerms.title, p.title());
        ctx.it(plan, RDFS.label, p.title());
        ctx.it(plan, DCTerms.description, p.description());
        String publisher = p.publisher() == null ? m.publisher() : p.publisher();
        reg.require(Registry.ORGANISATION, publisher, file, "plan.publisher");
        plan.addProperty(DCTerms.publisher, ctx.resource(ctx.uris().organisation(publisher)));
        if (p.region() != null) {
            if (!p.region().matches("\\d{2}")) {
                throw org.regiolod.source.InputError.inFile(file, "plan.region '" + p.region() + "' is not an ISTAT region code",
                        "use the two-digit code in quotes, e.g. \"03\" for Lombardia, \"09\" for Toscana");
            }
            plan.addProperty(Vocab.region, ctx.resource(Vocab.ISTAT_REGIONS + p.region()));
        }
        if (p.startYear() != null && p.endYear() != null) {
            Resource period = ctx.resource(ctx.uris().period(p.startYear(), p.endYear()))
                    .addProperty(RDF.type, DCTerms.PeriodOfTime);
            ctx.typed(period, DCAT.startDate, String.valueOf(p.startYear()), XSDDatatype.XSDgYear);
            ctx.typed(period, DCAT.endDate, String.valueOf(p.endYear()), XSDDatatype.XSDgYear);
            plan.addProperty(DCTerms.temporal, period);
        }
        for (String other : p.implementsPlans()) {
            reg.require(Registry.PLAN, other, file, "plan.implements_plans");
            plan.addProperty(Vocab.implementsPlan, ctx.resource(ctx.uris().plan(other)));
        }
        for (String other : p.revises()) {
            reg.require(Registry.PLAN, other, file, "plan.revises");
            plan.addProperty(Vocab.revises, ctx.resource(ctx.uris().plan(other)));
        }
        for (String other : p.alignsWith()) {
            reg.require(Registry.PLAN, other, file, "plan.aligns_with");
            plan.addProperty(Vocab.alignsWith, ctx.resource(ctx.uris().plan(other)));
        }
        for (String act : p.approvedBy()) {
            reg.require(Registry.ACT, act, file, "plan.approved_by");
            plan.addProperty(Vocab.approvedBy, ctx.resource(ctx.uris().act(act)));
        }
        if (!reg.keys(Registry.linesOf(m.id())).isEmpty()) {
            Resource scheme = ctx.resource(ctx.uris().lineScheme(m.id()))
                    .addProperty(RDF.type, SKOS.ConceptScheme)
                    .addProperty(DCTerms.identifier, "linee-" + m.id());
            String title = m.schemeTitles().getOrDefault("lines", "Linee del " + p.code());
            ctx.it(scheme, SKOS.prefLabel, title);
            ctx.it(scheme, DCTerms.title, title);
            scheme.addProperty(Vocab.PROV.wasDerivedFrom, doc);
            plan.addProperty(Vocab.lineScheme, scheme);
        }
        if (!reg.keys(Registry.targetGroupsOf(m.id())).isEmpty()) {
            Resource scheme = ctx.resource(ctx.uris().targetGroupScheme(m.id()))
                    .addProperty(RDF.type, SKOS.ConceptScheme)
                    .addProperty(DCTerms.identifier, "destinatari-" + m.id());
            ctx.it(scheme, SKOS.prefLabel, "Destinatari potenziali del " + p.code());
            ctx.it(scheme, DCTerms.title, "Destinatari potenziali del " + p.code());
            scheme.addProperty(Vocab.PROV.wasDerivedFrom, doc);
        }
        if (p.declaredLineCount() != null) plan.addLiteral(Vocab.declaredLineCount,
                ctx.model().createTypedLiteral(String.valueOf(p.declaredLineCount()), XSDDatatype.XSDinteger));
        ctx.provenance(plan, p.sourceLocation());
        dataset.addProperty(FOAF.primaryTopic, plan);
    }

    private static Resource document(MappingContext ctx, Manifest.Source s) {
        Resource doc = ctx.resource(ctx.uris().document(s.id()))
                .addProperty(RDF.type, Vocab.SourceDocument)
                .addProperty(RDF.type, FOAF.Document)
                .addProperty(RDF.type, Vocab.PROV.Entity)
                .addProperty(DCTerms.publisher, ctx.resource(ctx.uris().organisation(s.publisher())));
        ctx.it(doc, DCTerms.title, s.title());
        ctx.it(doc, RDFS.label, s.title());
        if (s.seed() != null) doc.addProperty(Vocab.seedFile, s.seed());
        if (s.issued() != null) ctx.typed(doc, DCTerms.issued, s.issued().toString(), XSDDatatype.XSDdate);
        if (s.url() != null) doc.addProperty(DCTerms.source, ctx.resource(s.url()));
        return doc;
    }
}
