package org.schemaboard.diff;

import org.schemaboard.base.ValidationException;
import org.schemaboard.export.DesignJson;
import org.schemaboard.importing.sql.ImportPlan;
import org.schemaboard.importing.sql.SqlDumpReader;
import org.schemaboard.importing.sql.SqlImportService;
import org.schemaboard.model.DesignModel;

/** Reads a file to compare: design.json (ids kept) or a SQL dump read by the importer (fresh ids). Pure. */
public final class DesignFiles {

    private DesignFiles() {
    }

    /**
     * The model the file describes. A JSON object is read as design.json, anything else as a SQL dump in the dialect
     * it looks written for.
     *
     * @throws org.schemaboard.base.UserFacingException saying what is wrong and where (line and column)
     */
    public static DesignModel read(String fileName, String text) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of("file", fileName + " is empty");
        }
        if (text.stripLeading().startsWith("{")) {
            return DesignJson.read(text);
        }
        ImportPlan plan = SqlImportService.read(text, SqlDumpReader.detect(text));
        if (plan.problem() != null) {
            throw ValidationException.of("file", fileName + ": " + plan.problem());
        }
        return SqlImportService.model(fileName, plan.dialect().target(), plan);
    }
}
