package org.schemaboard.spec;

import org.schemaboard.spec.scalability.Caching;
import org.schemaboard.spec.scalability.Partitioning;
import org.schemaboard.spec.scalability.ReadReplicas;
import org.schemaboard.spec.scalability.Sharding;
import org.schemaboard.spec.scalability.VerticalPartitioning;
import org.schemaboard.spec.scalability.VerticalScaling;

/**
 * The content of one specification section: a record stored as JSON. Which section it is follows from its type, so a
 * caller saves a section by handing over its record.
 */
public interface SectionContent {

    default SpecSection section() {
        return SpecSection.of(getClass());
    }
}
