package org.schemaboard.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.schemaboard.design.DesignOnServer;
import org.schemaboard.design.DesignService;
import org.schemaboard.importing.json.DesignImportService;
import org.schemaboard.export.ExportSource;
import org.schemaboard.base.BackgroundWork;
import org.schemaboard.export.ExportSources;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.security.AccountService;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.security.UserAccount;
import org.schemaboard.importing.dbml.DbmlImportService;
import org.schemaboard.importing.dbml.DbmlPlan;
import org.schemaboard.importing.live.LiveImportService;
import org.schemaboard.importing.er.ErImportService;
import org.schemaboard.importing.sql.ImportPlan;
import org.schemaboard.importing.sql.SqlImportService;
import org.springframework.context.ApplicationContext;

/**
 * The commands themselves, run in a started context. Each acts for a real account through {@link CurrentUser#runAs}:
 * an export reads as the design's owner ({@link DesignOnServer#readAs}), an import creates as the chosen owner. So the
 * command line has no way round the role checks, and what it writes is in the audit log under a person's name.
 */
final class Commands {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private final PrintStream out;
    private final Path dataDir;

    // looked up when a command uses them: with lazy initialisation, what a command does not use is never created
    private final ApplicationContext context;

    /** Findings of each kind an import prints unless told to print them all: a terminal is not a report. */
    static final int FINDINGS = 50;

    private boolean everyFinding;

    Commands(ApplicationContext context, PrintStream out, Path dataDir) {
        this.context = context;
        this.out = out;
        this.dataDir = dataDir;
    }

    private DesignService designs() {
        return context.getBean(DesignService.class);
    }

    private DesignModelService models() {
        return context.getBean(DesignModelService.class);
    }

    private ExportSources exportSources() {
        return context.getBean(ExportSources.class);
    }

    private BackgroundWork work() {
        return context.getBean(BackgroundWork.class);
    }

    private DesignImportService imports() {
        return context.getBean(DesignImportService.class);
    }

    private SqlImportService sqlImports() {
        return context.getBean(SqlImportService.class);
    }

    private DbmlImportService dbmlImports() {
        return context.getBean(DbmlImportService.class);
    }

    private LiveImportService liveImports() {
        return context.getBean(LiveImportService.class);
    }

    private ErImportService erImports() {
        return context.getBean(ErImportService.class);
    }

    private AccountService accounts() {
        return context.getBean(AccountService.class);
    }

    private CurrentUser currentUser() {
        return context.getBean(CurrentUser.class);
    }

    private org.schemaboard.checks.ChecksService checks() {
        return context.getBean(org.schemaboard.checks.ChecksService.class);
    }

    private org.schemaboard.spec.SpecificationService specifications() {
        return context.getBean(org.schemaboard.spec.SpecificationService.class);
    }

    void list() {
        print(designs().listAllForOperator(), out);
    }

    /** One line per design: name, target database, last change (UTC) and the member it is read as. */
    static void print(java.util.List<DesignOnServer> designs, PrintStream out) {
        for (DesignOnServer design : designs) {
            out.println(String.join("\t", design.name(), design.targetDatabase().label(),
                    WHEN.format(design.updatedAt().withOffsetSameInstant(ZoneOffset.UTC)),
                    design.readAs() == null ? "-" : design.readAs()));
        }
    }

    void export(String designName, ExportFormat format, Path file) {
        DesignOnServer design = design(designName);
        ExportSource source = currentUser().runAs(design.readAs(), () -> exportSources().of(design.id()));
        write(file, format.render(source, work()));
        out.println("Wrote " + file + ": \"" + design.name() + "\" as " + format.option());
    }

    /** The design checks of a design on the server, read as its owner; the open findings (suppressions apply). */
    int lint(String designName, Lint.Options options) {
        DesignOnServer design = design(designName);
        java.util.List<org.schemaboard.spec.Check> findings = currentUser().runAs(design.readAs(), () -> {
            DesignModel model = models().load(design.id());
            return checks().run(model, specifications().load(design.id()));
        });
        return Lint.report(design.name(), findings, options, out);
    }

    /** The design of that name, which someone may read; bad input otherwise. */
    private DesignOnServer design(String designName) {
        List<DesignOnServer> all = designs().listAllForOperator();
        DesignOnServer design = all.stream().filter(d -> d.name().equalsIgnoreCase(designName.strip())).findFirst()
                .orElseThrow(() -> new BadInputException("No design named \"" + designName + "\" in " + dataDir
                        + (all.isEmpty() ? "; it has no designs" : "; its designs are " + all.stream()
                        .map(d -> "\"" + d.name() + "\"").collect(Collectors.joining(", ")))));
        if (design.readAs() == null) {
            throw new BadInputException("The design \"" + design.name() + "\" has no members, so nobody may read it");
        }
        return design;
    }

    void importJson(String json, Path file, String name, String owner) {
        String username = owner(owner);
        DesignModel imported = currentUser().runAs(username, () -> {
            UUID id = imports().importJson(json, name);
            return models().load(id);
        });
        out.println("Imported \"" + imported.name() + "\" from " + file + " as " + username + ": "
                + imported.entities().size() + " entities, " + imported.relationships().size() + " relationships, "
                + imported.indexes().size() + " indexes, " + imported.queryPatterns().size() + " query patterns");
    }

    /**
     * Prints what the dump holds as the preview lists it (found, skipped with line and reason, warnings), then imports
     * it as a new design in one transaction: a refused element leaves nothing behind.
     */
    void importSql(ImportPlan plan, Path file, String name, String owner) {
        String username = owner(owner);
        out.println(file + ": " + plan.summary());
        printFindings(plan, ImportPlan.Finding.SKIPPED, "Skipped");
        printFindings(plan, ImportPlan.Finding.WARNING, "Warnings");
        DesignModel imported = currentUser().runAs(username, () -> {
            UUID id = sqlImports().importIntoNewDesign(name, plan.dialect().target(), plan);
            return models().load(id);
        });
        out.println("Imported \"" + imported.name() + "\" (" + imported.targetDatabase().label() + ") as " + username
                + ": " + imported.entities().size() + " entities, " + imported.relationships().size()
                + " relationships, " + imported.indexes().size() + " indexes");
    }

    /**
     * As {@link #importSql}, for a DBML file: the design is named NAME, else as the file's project, else as the file;
     * its table groups become subject areas.
     */
    void importDbml(DbmlPlan plan, Path file, String name, String owner) {
        String username = owner(owner);
        out.println(file + ": " + plan.summary());
        printFindings(plan.plan(), ImportPlan.Finding.SKIPPED, "Skipped");
        printFindings(plan.plan(), ImportPlan.Finding.WARNING, "Warnings");
        String designName = name != null ? name : plan.projectName() != null ? plan.projectName()
                : file.getFileName().toString().replaceFirst("\\.dbml$", "");
        DesignModel imported = currentUser().runAs(username, () -> models().load(dbmlImports().importIntoNewDesign(
                designName, null, plan, done -> { })));
        out.println("Imported \"" + imported.name() + "\" (" + imported.targetDatabase().label() + ") as " + username
                + ": " + imported.entities().size() + " entities, " + imported.relationships().size()
                + " relationships, " + imported.indexes().size() + " indexes");
    }

    /** As {@link #importSql}, for a Mermaid or PlantUML ER diagram. */
    void importEr(ImportPlan plan, ErImportService.Format format, Path file, String name, String owner) {
        String username = owner(owner);
        out.println(file + ": read as a " + format.label() + " ER diagram: " + plan.counts().replace(", 0 views", "")
                + "; " + plan.warnings().size() + (plan.warnings().size() == 1 ? " warning." : " warnings."));
        printFindings(plan, ImportPlan.Finding.WARNING, "Warnings");
        DesignModel imported = currentUser().runAs(username, () -> models().load(erImports().importIntoNewDesign(name, null,
                format, plan, done -> { })));
        out.println("Imported \"" + imported.name() + "\" (" + imported.targetDatabase().label() + ") as " + username
                + ": " + imported.entities().size() + " entities, " + imported.relationships().size()
                + " relationships");
    }

    /** As {@link #importSql}, for a schema read from a live database. */
    void importDatabase(LiveImportService.LivePlan plan, String name, String owner) {
        String username = owner(owner);
        out.println(plan.summary());
        printFindings(plan.plan(), ImportPlan.Finding.WARNING, "Warnings");
        DesignModel imported = currentUser().runAs(username, () -> models().load(liveImports().importIntoNewDesign(
                name, null, plan, done -> { })));
        out.println("Imported \"" + imported.name() + "\" (" + imported.targetDatabase().label() + ") as " + username
                + ": " + imported.entities().size() + " entities, " + imported.relationships().size()
                + " relationships, " + imported.indexes().size() + " indexes");
    }

    /** Whether the import commands print every finding ({@code --all-findings}) or the first {@value #FINDINGS}. */
    Commands everyFinding(boolean every) {
        this.everyFinding = every;
        return this;
    }

    private void printFindings(ImportPlan plan, String kind, String title) {
        List<ImportPlan.Finding> rows = plan.findings().stream().filter(f -> f.kind().equals(kind)).toList();
        if (!rows.isEmpty()) {
            out.println(title + ":");
            int shown = everyFinding ? rows.size() : Math.min(rows.size(), FINDINGS);
            rows.subList(0, shown).forEach(f -> out.println("  line " + f.line()
                    + (f.column() > 0 ? ", column " + f.column() : "") + ": " + f.text()));
            if (shown < rows.size()) {
                out.printf("  … and %,d more (--all-findings prints every one)%n", rows.size() - shown);
            }
        }
    }

    /** The named account, or else the first enabled administrator. */
    private String owner(String owner) {
        return owner != null ? accounts().findByUsername(owner.strip()).map(UserAccount::username)
                .orElseThrow(() -> new BadInputException("There is no account \"" + owner + "\" in " + dataDir))
                : accounts().findAll().stream().filter(a -> a.administrator() && a.enabled()).findFirst()
                .map(UserAccount::username)
                .orElseThrow(() -> new BadInputException("There is no administrator account in " + dataDir
                        + " to own the imported design; name its owner with --owner USERNAME"));
    }

    /**
     * Writes next to the target and then moves into place, so a failed export leaves no half-written file and does not
     * spoil an earlier one.
     */
    private static void write(Path file, byte[] bytes) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".schemaboard-export-", ".tmp");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new BadInputException("Cannot write " + file + ": " + CommandLine.describe(e));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the move succeeded or the write failed: nothing more to tidy
                }
            }
        }
    }
}
