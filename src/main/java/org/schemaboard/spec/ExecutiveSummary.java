package org.schemaboard.spec;

/** "Executive Summary": the database, the modelling approach, the principles and the scaling strategy in brief. */
public record ExecutiveSummary(String databaseTechnology, DataModelApproach dataModelApproach,
                               String keyDesignPrinciples, String consistencyModel, String scalabilityStrategy)
        implements SectionContent {

    public static final ExecutiveSummary EMPTY = new ExecutiveSummary(null, null, null, null, null);

    public enum DataModelApproach {
        RELATIONAL("Relational"), DOCUMENT("Document"), HYBRID("Hybrid");

        private final String label;

        DataModelApproach(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
