package org.regiolod.rdf.mappers;

import org.regiolod.rdf.UriScheme;
import org.regiolod.rdf.Vocab;

import java.util.List;

/** The kinds of project a plan distinguishes (Transform / Grow / Run), with the source's definitions. */
public final class ProjectKindsMapper extends ConceptSchemeMapper {

    public ProjectKindsMapper() {
        super(new Spec("project_kinds", "code", "label", "definition", List.of(), List.of(),
                Vocab.ProjectKind, "tipi-progetto", "Tipi di progetto del %s", UriScheme::projectKind));
    }
}
