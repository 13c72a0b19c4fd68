package org.regiolod.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** IRIs of the RegioLOD ontology (ontology/regiolod.ttl) and of reused terms Jena lacks. */
public final class Vocab {
    private Vocab() {}

    public static final String NS = "https://w3id.org/regiolod/onto/";
    public static final String ONTOLOGY = "https://w3id.org/regiolod/onto";

    public static final Resource Plan = cls("Plan");
    public static final Resource Programme = cls("Programme");
    public static final Resource StrategicLine = cls("StrategicLine");
    public static final Resource Intervention = cls("Intervention");
    public static final Resource TargetGroup = cls("TargetGroup");
    public static final Resource LegalAct = cls("LegalAct");
    public static final Resource SourceDocument = cls("SourceDocument");
    public static final Resource MacroArea = cls("MacroArea");
    public static final Resource Objective = cls("Objective");
    public static final Resource Guideline = cls("Guideline");
    public static final Resource ProjectKind = cls("ProjectKind");
    public static final Resource GlossaryEntry = cls("GlossaryEntry");
    public static final Resource GovernanceBody = cls("GovernanceBody");
    public static final Resource GovernanceFunction = cls("GovernanceFunction");
    // Agreements, budgets, activities, targets, statistics, events, references (seeds 000, 002-004)
    public static final Resource Agreement = cls("Agreement");
    public static final Resource Signatory = cls("Signatory");
    public static final Resource MonetaryAmount = cls("MonetaryAmount");
    public static final Resource Quantity = cls("Quantity");
    public static final Resource Target = cls("Target");
    public static final Resource Statistic = cls("Statistic");
    public static final Resource Activity = cls("Activity");
    public static final Resource Output = cls("Output");
    public static final Resource ResultIndicator = cls("ResultIndicator");
    public static final Resource Event = cls("Event");
    public static final Resource ReferenceDocument = cls("ReferenceDocument");
    public static final Resource GuidingPrinciple = cls("GuidingPrinciple");
    public static final Resource DocumentSection = cls("DocumentSection");
    public static final Resource GovernancePillar = cls("GovernancePillar");
    public static final Resource CollaborationArea = cls("CollaborationArea");
    public static final Resource InterventionArea = cls("InterventionArea");
    public static final Resource PlanObjective = cls("PlanObjective");
    public static final Resource Highlight = cls("Highlight");
    public static final Resource AtLeast = cls("AtLeast");
    public static final Resource MoreThan = cls("MoreThan");
    public static final Resource About = cls("About");
    public static final Resource Exactly = cls("Exactly");

    public static final Property implementsPlan = prop("implements");
    public static final Property revises = prop("revises");
    public static final Property approvedBy = prop("approvedBy");
    public static final Property lineScheme = prop("lineScheme");
    public static final Property hasStrategicLine = prop("hasStrategicLine");
    public static final Property isStrategicLineOf = prop("isStrategicLineOf");
    public static final Property targetGroupScheme = prop("targetGroupScheme");
    public static final Property hasIntervention = prop("hasIntervention");
    public static final Property isInterventionOf = prop("isInterventionOf");
    public static final Property implementsLine = prop("implementsLine");
    public static final Property hasPotentialTarget = prop("hasPotentialTarget");
    public static final Property region = prop("region");
    public static final Property issuedBy = prop("issuedBy");
    public static final Property sourceLocation = prop("sourceLocation");
    public static final Property seedFile = prop("seedFile");
    public static final Property labelIsInterpretation = prop("labelIsInterpretation");
    public static final Property labelDerivation = prop("labelDerivation");
    public static final Property actType = prop("actType");
    public static final Property actNumber = prop("actNumber");
    public static final Property alignsWith = prop("alignsWith");
    public static final Property hasConceptScheme = prop("hasConceptScheme");
    public static final Property hasGovernanceBody = prop("hasGovernanceBody");
    public static final Property supports = prop("supports");
    public static final Property renews = prop("renews");
    public static final Property implementsAgreement = prop("implementsAgreement");
    public static final Property hasParty = prop("hasParty");
    public static final Property hasSignatory = prop("hasSignatory");
    public static final Property signsFor = prop("signsFor");
    public static final Property citesAct = prop("citesAct");
    public static final Property hasBudget = prop("hasBudget");
    public static final Property hasActivity = prop("hasActivity");
    public static final Property hasOutput = prop("hasOutput");
    public static final Property hasResultIndicator = prop("hasResultIndicator");
    public static final Property hasTarget = prop("hasTarget");
    public static final Property comparator = prop("comparator");
    public static final Property statedBy = prop("statedBy");
    public static final Property statedAt = prop("statedAt");
    public static final Property isAboutPlan = prop("isAboutPlan");
    public static final Property alignsWithReference = prop("alignsWithReference");
    public static final Property approvedTogetherWith = prop("approvedTogetherWith");
    public static final Property declaredLineCount = prop("declaredLineCount");
    public static final Property measures = prop("measures");
    public static final Property sourceText = prop("sourceText");
    public static final Property referenceYear = prop("referenceYear");
    public static final Property referencePeriod = prop("referencePeriod");
    public static final Property budgetYear = prop("budgetYear");
    public static final Property budgetChapter = prop("budgetChapter");
    public static final Property vatIncluded = prop("vatIncluded");
    public static final Property validFromCondition = prop("validFromCondition");
    public static final Property signatoryRole = prop("signatoryRole");
    public static final Property isInterpretation = prop("isInterpretation");
    public static final Property interpretationNote = prop("interpretationNote");
    public static final Property referenceKind = prop("referenceKind");

    /** PROV-O, which Jena's vocabulary package does not include. */
    public static final class PROV {
        public static final String NS = "http://www.w3.org/ns/prov#";
        public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
        public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
        public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    }

    /** schema.org terms for amounts, quantities, events and places. */
    public static final class SCHEMA {
        public static final String NS = "http://schema.org/";
        public static final Property value = ResourceFactory.createProperty(NS, "value");
        public static final Property minValue = ResourceFactory.createProperty(NS, "minValue");
        public static final Property currency = ResourceFactory.createProperty(NS, "currency");
        public static final Property unitText = ResourceFactory.createProperty(NS, "unitText");
        public static final Property startDate = ResourceFactory.createProperty(NS, "startDate");
        public static final Property location = ResourceFactory.createProperty(NS, "location");
        public static final Property organizer = ResourceFactory.createProperty(NS, "organizer");
        public static final Property name = ResourceFactory.createProperty(NS, "name");
        public static final Property address = ResourceFactory.createProperty(NS, "address");
        public static final Property addressLocality = ResourceFactory.createProperty(NS, "addressLocality");
        public static final Property streetAddress = ResourceFactory.createProperty(NS, "streetAddress");
        public static final Resource Place = ResourceFactory.createResource(NS + "Place");
        public static final Resource PostalAddress = ResourceFactory.createResource(NS + "PostalAddress");
        public static final Resource MonetaryAmount = ResourceFactory.createResource(NS + "MonetaryAmount");
        public static final Resource QuantitativeValue = ResourceFactory.createResource(NS + "QuantitativeValue");
        public static final Resource Event = ResourceFactory.createResource(NS + "Event");
    }

    /** OntoPiA COV (organisations). */
    public static final class COV {
        public static final String NS = "https://w3id.org/italia/onto/COV/";
        public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
        public static final Resource PublicOrganization = ResourceFactory.createResource(NS + "PublicOrganization");
        public static final Resource PrivateOrganization = ResourceFactory.createResource(NS + "PrivateOrganization");
        public static final Property legalName = ResourceFactory.createProperty(NS, "legalName");
        public static final Property IPAcode = ResourceFactory.createProperty(NS, "IPAcode");
    }

    public static final String ISTAT_REGIONS =
            "https://w3id.org/italia/controlled-vocabulary/territorial-classifications/regions/";

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
