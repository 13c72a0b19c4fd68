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

    /** PROV-O, which Jena's vocabulary package does not include. */
    public static final class PROV {
        public static final String NS = "http://www.w3.org/ns/prov#";
        public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
        public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
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
