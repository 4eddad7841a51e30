package org.schemaboard.spec;

/** "Technology Selection Rationale": the primary database and the brief's seven criteria. */
public record TechnologySelection(String primaryDatabase, String dataModelFit, String performance, String scalability,
                                  String consistency, String operationalComplexity, String teamExpertise,
                                  String ecosystemIntegration) implements SectionContent {

    public static final TechnologySelection EMPTY =
            new TechnologySelection(null, null, null, null, null, null, null, null);
}
