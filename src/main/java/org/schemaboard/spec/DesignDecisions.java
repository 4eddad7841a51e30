package org.schemaboard.spec;

import java.util.List;

/** "Design Decisions Documentation": keys, data types, normalization with its exceptions, constraints. */
public record DesignDecisions(String primaryKeyStrategy, List<DataTypeChoice> dataTypes, String normalizationLevel,
                              String normalizationRationale, List<String> denormalizations,
                              String constraintStrategy) implements SectionContent {

    public static final DesignDecisions EMPTY = new DesignDecisions(null, List.of(), null, null, List.of(), null);

    public DesignDecisions {
        dataTypes = Lists.copy(dataTypes);
        denormalizations = Lists.copy(denormalizations);
    }

    /** One row of the data type table: which type, for what, and why. */
    public record DataTypeChoice(String dataType, String useCase, String rationale) {
    }
}
