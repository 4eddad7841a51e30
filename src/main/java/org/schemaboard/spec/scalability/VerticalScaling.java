package org.schemaboard.spec.scalability;

import org.schemaboard.spec.SectionContent;

/** Vertical scaling notes: CPU, memory, storage and connection pooling. */
public record VerticalScaling(String cpu, String memory, String storage, String connectionPooling)
        implements SectionContent {

    public static final VerticalScaling EMPTY = new VerticalScaling(null, null, null, null);
}
