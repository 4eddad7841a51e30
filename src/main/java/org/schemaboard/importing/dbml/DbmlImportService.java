package org.schemaboard.importing.dbml;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.diagram.DiagramService;
import org.schemaboard.importing.sql.SqlImportService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports DBML files: a preview (pure) and the import, which writes the tables through the SQL import's path (one
 * model batch, checked by the rules of an edit) and makes a subject area of each table group, all in one transaction:
 * if anything is refused, nothing is created.
 */
@Service
public class DbmlImportService {

    /** Larger files are refused before reading (the SQL import's limit). */
    public static final int MAX_CHARACTERS = SqlImportService.MAX_CHARACTERS;
    private static final String SOURCE = "a DBML file";

    private final DesignService designs;
    private final SqlImportService sqlImport;
    private final DiagramService diagrams;

    DbmlImportService(DesignService designs, SqlImportService sqlImport, DiagramService diagrams) {
        this.designs = designs;
        this.sqlImport = sqlImport;
        this.diagrams = diagrams;
    }

    /**
     * What importing the file would create, with name mappings for {@code target} (an existing design's; null: the
     * file's database_type, else PostgreSQL). Pure and thread-safe.
     */
    public static DbmlPlan read(String dbml, TargetDatabase target) {
        if (dbml == null || dbml.isBlank()) {
            throw ValidationException.of("sql", "Paste or upload the DBML to import");
        }
        if (dbml.length() > MAX_CHARACTERS) {
            throw ValidationException.of("sql", SqlImportService.TOO_LARGE);
        }
        DbmlPlan read = DbmlReader.read(dbml);
        TargetDatabase naming = target != null ? target : targetOf(read);
        return new DbmlPlan(SqlImportService.withNameAndJunctionWarnings(read.plan(), naming), read.target(),
                read.projectName(), read.projectNote(), read.groups());
    }

    /** The database a new design made from the file is for: its project's database_type, else PostgreSQL. */
    public static TargetDatabase targetOf(DbmlPlan plan) {
        return plan.target() != null ? plan.target() : TargetDatabase.POSTGRESQL;
    }

    /** Creates a design holding everything the file declares; its description is the project's note. */
    @Transactional
    public UUID importIntoNewDesign(String name, TargetDatabase target, DbmlPlan plan, DoubleConsumer progress) {
        requireImportable(plan);
        UUID designId = designs.create(new DesignDraft(name, target != null ? target : targetOf(plan),
                description(plan)));
        importElements(designId, plan, progress);
        return designId;
    }

    /** Adds everything the file declares to an existing design (names must not clash with its entities). */
    @Transactional
    public void importInto(UUID designId, DbmlPlan plan, DoubleConsumer progress) {
        requireImportable(plan);
        importElements(designId, plan, progress);
    }

    private static void requireImportable(DbmlPlan plan) {
        if (!plan.importable()) {
            throw ValidationException.of("sql", plan.plan().problem() + ". Nothing was imported.");
        }
    }

    private void importElements(UUID designId, DbmlPlan plan, DoubleConsumer progress) {
        Map<String, UUID> entities = sqlImport.importInto(designId, plan.plan(), SOURCE, progress);
        Set<String> taken = new HashSet<>(diagrams.areas(designId).stream()
                .map(a -> a.name().toLowerCase(Locale.ROOT)).toList());
        for (DbmlPlan.Group group : plan.groups()) {
            List<UUID> members = group.tables().stream().map(t -> entities.get(t.toLowerCase(Locale.ROOT)))
                    .filter(java.util.Objects::nonNull).toList();
            if (members.isEmpty()) {
                continue;
            }
            String name = group.name();
            for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
                name = group.name() + " (" + n + ")";
            }
            taken.add(name.toLowerCase(Locale.ROOT));
            try {
                diagrams.createArea(designId, name, members);
            } catch (ValidationException e) {
                throw ValidationException.of("sql", "Could not import table group " + group.name() + ": "
                        + e.getMessage() + ". Nothing was imported.");
            }
        }
    }

    private static String description(DbmlPlan plan) {
        String text = plan.projectNote() != null && !plan.projectNote().isBlank() ? plan.projectNote()
                : "Imported from a DBML file: " + plan.plan().counts().replace(", 0 views", "") + ".";
        return text.length() <= DesignService.MAX_DESCRIPTION_LENGTH ? text
                : text.substring(0, DesignService.MAX_DESCRIPTION_LENGTH - 1) + "…";
    }
}
