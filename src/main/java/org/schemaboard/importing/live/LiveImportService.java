package org.schemaboard.importing.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.importing.sql.ImportPlan;
import org.schemaboard.importing.sql.SqlImportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports from a live database: {@link #read} connects, reads the catalog into the same plan a SQL dump gives and
 * disconnects (the password goes no further); the import writes the plan through the SQL import's path, one
 * transaction and one history line, naming the database (without credentials) as the source.
 */
@Service
public class LiveImportService {

    private static final Logger LOG = LoggerFactory.getLogger(LiveImportService.class);

    private final DesignService designs;
    private final SqlImportService sqlImport;

    LiveImportService(DesignService designs, SqlImportService sqlImport) {
        this.designs = designs;
        this.sqlImport = sqlImport;
    }

    /** What the plan was read from, for the history and the new design's description. */
    public record LivePlan(ImportPlan plan, String source) {
        public String summary() {
            return "Read " + source + " (" + plan.dialect().label() + "): " + plan.counts() + ", "
                    + plan.partitionings().size() + " partitioned; " + plan.warnings().size()
                    + (plan.warnings().size() == 1 ? " warning." : " warnings.");
        }
    }

    /**
     * Reads the connection's current schema. {@code target} is an existing design's (null: the engine's own) for the
     * name-mapping warnings; {@code localFiles} allows H2 file URLs (the command line only). Blocking, up to the
     * connect timeout plus a query timeout per catalog query; thread-safe.
     */
    public static LivePlan read(LiveConnection database, TargetDatabase target, boolean localFiles) {
        database.check(localFiles);
        ImportPlan plan;
        String schema;
        try (Connection connection = database.open()) {
            schema = database.dialect() == org.schemaboard.importing.sql.ImportDialect.MYSQL
                    ? connection.getCatalog() : connection.getSchema();
            plan = CatalogReader.read(connection, database.dialect());
        } catch (SQLException e) {
            LiveDatabaseException refused = database.refused(e);
            LOG.info("Reading {} failed: {}", database, refused.getMessage());
            throw refused;
        }
        String source = "the database " + database.shownUrl() + ", schema " + schema;
        if (plan.tables().isEmpty()) {
            throw new LiveDatabaseException("There are no tables in " + source + " to import. Name another schema "
                    + "(PostgreSQL: add ?currentSchema=NAME to the URL) or database.");
        }
        return new LivePlan(SqlImportService.withNameAndJunctionWarnings(plan, target), source);
    }

    /** Creates a design for the database's engine holding everything read; returns its id. */
    @Transactional
    public UUID importIntoNewDesign(String name, TargetDatabase target, LivePlan read, DoubleConsumer progress) {
        requireImportable(read);
        TargetDatabase chosen = target != null ? target : read.plan().dialect().target();
        UUID designId = designs.create(new DesignDraft(name, chosen, description(read)));
        sqlImport.importInto(designId, read.plan(), read.source(), progress);
        return designId;
    }

    /** Adds everything read to an existing design (names must not clash with its entities). */
    @Transactional
    public void importInto(UUID designId, LivePlan read, DoubleConsumer progress) {
        requireImportable(read);
        sqlImport.importInto(designId, read.plan(), read.source(), progress);
    }

    private static void requireImportable(LivePlan read) {
        if (read.plan().problem() != null) {
            throw ValidationException.of("url", read.plan().problem() + ". Nothing was imported.");
        }
    }

    private static String description(LivePlan read) {
        String text = "Imported from " + read.source() + ": " + read.plan().counts() + ".";
        return text.length() <= DesignService.MAX_DESCRIPTION_LENGTH ? text
                : text.substring(0, DesignService.MAX_DESCRIPTION_LENGTH - 1) + "…";
    }
}
