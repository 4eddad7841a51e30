package org.schemaboard.model;

import java.util.UUID;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.DesignSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a whole design as a {@link DesignModel}, for any member. */
@Service
public class DesignModelService {

    private final DesignService designs;
    private final ModelReader reader;

    DesignModelService(DesignService designs, ModelReader reader) {
        this.designs = designs;
        this.reader = reader;
    }

    @Transactional(readOnly = true)
    public DesignModel load(UUID designId) {
        DesignSummary design = designs.get(designId);
        ModelReader.Parts parts = reader.load(designId);
        return new DesignModel(design.id(), design.name(), design.targetDatabase(), design.description(),
                parts.entities(), parts.relationships(), parts.indexes(), parts.queryPatterns());
    }
}
