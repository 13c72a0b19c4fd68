package org.regiolod.rdf.catalog;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * IRIs the catalog needs that Jena's vocabulary classes lack: DCAT-AP_IT, vCard, the EU
 * authority tables and ADMS. DCAT-AP_IT classes use the namespace as published and harvested
 * ({@code http://dati.gov.it/onto/dcatapit#}), not the defective https IRIs of the official
 * ontology file (see vendor/PROVENANCE.md).
 */
public final class DcatApIt {
    private DcatApIt() {}

    public static final String NS = "http://dati.gov.it/onto/dcatapit#";
    public static final Resource Catalog = r(NS + "Catalog");
    public static final Resource Dataset = r(NS + "Dataset");
    public static final Resource Distribution = r(NS + "Distribution");
    public static final Resource Agent = r(NS + "Agent");
    public static final Resource Organization = r(NS + "Organization");
    public static final Resource LicenseDocument = r(NS + "LicenseDocument");

    /** vCard, for contact points. */
    public static final class VCARD {
        public static final String NS = "http://www.w3.org/2006/vcard/ns#";
        public static final Resource Kind = r(NS + "Kind");
        public static final Resource Organization = r(NS + "Organization");
        public static final Property fn = ResourceFactory.createProperty(NS, "fn");
        public static final Property hasEmail = ResourceFactory.createProperty(NS, "hasEmail");
    }

    /** EU Publications Office authority tables (the "MDR" vocabularies DCAT-AP prescribes). */
    public static final class EU {
        public static final String AUTHORITY = "http://publications.europa.eu/resource/authority/";
        public static final String DATA_THEME = AUTHORITY + "data-theme";
        public static final String FREQUENCY = AUTHORITY + "frequency";
        public static final String FILE_TYPE = AUTHORITY + "file-type";
        public static final String COUNTRY = AUTHORITY + "country";
    }

    /** ADMS code lists: publisher types and licence types. */
    public static final class ADMS {
        public static final String PUBLISHER_TYPE = "http://purl.org/adms/publishertype/";
        public static final String LICENCE_TYPE = "http://purl.org/adms/licencetype/";
    }

    public static final String IANA_MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

    private static Resource r(String iri) {
        return ResourceFactory.createResource(iri);
    }
}
