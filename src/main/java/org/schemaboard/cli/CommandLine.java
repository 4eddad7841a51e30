package org.schemaboard.cli;

import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.schemaboard.base.ConflictException;
import org.schemaboard.design.DesignCatalog;
import org.schemaboard.base.NotAllowedException;
import org.schemaboard.base.NotFoundException;
import org.schemaboard.base.ValidationException;
import org.schemaboard.export.DesignJsonException;
import org.schemaboard.importing.dbml.DbmlPlan;
import org.schemaboard.importing.live.LiveConnection;
import org.schemaboard.importing.live.LiveDatabaseException;
import org.schemaboard.importing.live.LiveImportService;
import org.schemaboard.importing.sql.ImportDialect;
import org.schemaboard.importing.sql.ImportPlan;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line's entry point: {@code Application.main} hands over when the first argument is a command. Checks
 * what it can before starting Spring (usage, the input file, the output folder, that a database exists), so mistakes
 * are answered in a moment; then starts Spring without a web server on the data directory and runs the command.
 */
public final class CommandLine {

    /** H2's "Database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1): another process holds the file. */

    private CommandLine() {
    }

    private static final Set<String> HELP = Set.of("help", "-h", "--help");
    private static final String VERSION = "--version";

    /**
     * Whether the arguments are for the command line rather than the server: a command, a request for help or the
     * version, or any other word (answered with the usage, not by starting a server that waits). The server's own
     * options ({@code --server.port=8081}) start the server.
     */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (Invocation.COMMANDS.contains(args[0]) || HELP.contains(args[0])
                || VERSION.equals(args[0]) || !args[0].startsWith("-"));
    }

    /** This build's version, from the jar's manifest ({@code development build} when run from the classes). */
    static String version() {
        String version = CommandLine.class.getPackage().getImplementationVersion();
        return "Schemaboard " + (version == null ? "development build" : version);
    }

    /**
     * Runs a command and returns its exit status: 0 done, 1 bad input (the message on {@code err}) or, for
     * {@code lint}, findings at the {@code --fail-on} level, 2 wrong usage (with the usage text on {@code err}).
     *
     * @param application the Spring Boot application class to start (the command line does not refer to it itself)
     */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && HELP.contains(args[0])) {
            out.println(Invocation.USAGE);
            return 0;
        }
        if (args.length > 0 && VERSION.equals(args[0])) {
            out.println(version());
            return 0;
        }
        Invocation invocation;
        ExportFormat format = null;
        ImportDialect dialect = ImportDialect.AUTO;
        Lint.Options lint = null;
        org.schemaboard.importing.er.ErImportService.Format given = null;
        try {
            invocation = Invocation.parse(List.of(args), defaultDataDir());
            if (invocation.command().equals("export")) {
                format = ExportFormat.of(invocation.option("format")).orElseThrow(() -> new Invocation.UsageException(
                        "Unknown format " + invocation.option("format") + "; use one of " + ExportFormat.options()));
            }
            if (invocation.command().equals("lint")) {
                lint = Lint.Options.of(invocation);
            }
            if (invocation.command().equals("import-er")) {
                given = erFormat(invocation.option("format"));
            }
            if (invocation.option("dialect") != null) {
                dialect = dialect(invocation.option("dialect"));
            }
        } catch (Invocation.UsageException e) {
            err.println(e.getMessage());
            err.println();
            err.println(Invocation.USAGE);
            return 2;
        }
        try {
            switch (invocation.command()) {
                case "list" -> {
                    if (TeamDatabase.configured().isEmpty()) {
                        ExistingDatabase.require(invocation.dataDir());
                        // the H2 file is read on a bare connection: no application to start for one query
                        try (Connection db = ExistingDatabase.open(invocation.dataDir())) {
                            ExistingDatabase.requireSameSchemaVersion(invocation.dataDir(), db);
                            Commands.print(DesignCatalog.all(db), out);
                        } catch (SQLException e) {
                            throw ExistingDatabase.cannotOpen(invocation.dataDir(), e);
                        }
                    } else {
                        try (ConfigurableApplicationContext context = start(application, invocation.dataDir())) {
                            new Commands(context, out, invocation.dataDir()).list();
                        }
                    }
                }
                case "export" -> {
                    ExistingDatabase.require(invocation.dataDir());
                    Path file = InputFiles.writableFile(invocation.option("out"));
                    try (ConfigurableApplicationContext context = start(application, invocation.dataDir())) {
                        new Commands(context, out, invocation.dataDir()).export(invocation.option("design"), format,
                                file);
                    }
                }
                case "import-json" -> {
                    Path file = Path.of(invocation.option("file"));
                    String json = InputFiles.readDesignFile(file);
                    try (ConfigurableApplicationContext context = start(application, invocation.dataDir())) {
                        new Commands(context, out, invocation.dataDir()).importJson(json, file,
                                invocation.option("name"), invocation.option("owner"));
                    }
                }
                case "backup" -> {
                    java.util.Optional<TeamDatabase> team = TeamDatabase.configured();
                    if (team.isEmpty()) {
                        ExistingDatabase.require(invocation.dataDir());
                    }
                    Path file = InputFiles.writableFile(invocation.option("out"));
                    InstanceBackup.Contents contents = team.isPresent()
                            ? InstanceBackup.backup(team.get().url(), team.get().user(), team.get().password(),
                                    team.get().where(), file)
                            : InstanceBackup.backup(invocation.dataDir(), file);
                    out.println("Wrote " + file + ": " + contents.describe());
                }
                case "restore" -> {
                    quietFlyway();
                    Path file = Path.of(invocation.option("file")).toAbsolutePath().normalize();
                    StringBuilder notes = new StringBuilder();
                    java.util.Optional<TeamDatabase> team = TeamDatabase.configured();
                    if (team.isPresent() && invocation.option("force") != null) {
                        throw new BadInputException("--force replaces the database of a data directory; a "
                                + "PostgreSQL database is restored only when it is empty. Nothing was restored.");
                    }
                    InstanceBackup.Contents contents = team.isPresent()
                            ? InstanceBackup.restoreInto(file, team.get().url(), team.get().user(),
                                    team.get().password())
                            : InstanceBackup.restore(file, invocation.dataDir(),
                                    "true".equals(invocation.option("force")), notes);
                    out.print(notes);
                    out.println("Restored " + file + " into " + team.map(TeamDatabase::where)
                            .orElse(invocation.dataDir().toString()) + ": " + contents.describe());
                }
                case "import-sql" -> {
                    Path file = Path.of(invocation.option("file"));
                    ImportPlan plan = InputFiles.readSqlFile(file, dialect);
                    try (ConfigurableApplicationContext context = start(application, invocation.dataDir())) {
                        importing(context, out, invocation).importSql(plan, file,
                                invocation.option("name"), invocation.option("owner"));
                    }
                }
                case "lint" -> {
                    if (invocation.option("file") != null) {
                        return Lint.file(Path.of(invocation.option("file")), dialect, lint, out);
                    }
                    ExistingDatabase.require(invocation.dataDir());
                    try (ConfigurableApplicationContext context = start(application, invocation.dataDir())) {
                        return new Commands(context, out, invocation.dataDir()).lint(invocation.option("design"),
                                lint);
                    }
                }
                case "import-dbml" -> {
                    Path file = Path.of(invocation.option("file"));
                    DbmlPlan plan = InputFiles.readDbmlFile(file);
                    try (ConfigurableApplicationContext context = start(application, invocation.dataDir())) {
                        importing(context, out, invocation).importDbml(plan, file,
                                invocation.option("name"), invocation.option("owner"));
                    }
                }
                case "import-er" -> {
                    Path file = Path.of(invocation.option("file"));
                    String text = InputFiles.readTextFile(file);
                    var chosen = given != null ? given
                            : org.schemaboard.importing.er.ErImportService.Format.detect(text);
                    ImportPlan plan = InputFiles.readErFile(file, chosen);
                    try (ConfigurableApplicationContext context = start(application, invocation.dataDir())) {
                        importing(context, out, invocation).importEr(plan, chosen, file,
                                invocation.option("name"), invocation.option("owner"));
                    }
                }
                case "import-db" -> {
                    LiveImportService.LivePlan plan = LiveImportService.read(new LiveConnection(
                            invocation.option("url"), invocation.option("user"), password(invocation)), null, true);
                    try (ConfigurableApplicationContext context = start(application, invocation.dataDir())) {
                        importing(context, out, invocation).importDatabase(plan,
                                invocation.option("name"), invocation.option("owner"));
                    }
                }
                case "diff" -> DiffCommand.run(invocation, out, () -> {
                    ExistingDatabase.require(invocation.dataDir());
                    return start(application, invocation.dataDir());
                });
                default -> out.println(Invocation.USAGE);
            }
            return 0;
        } catch (BadInputException | DesignJsonException | ValidationException | NotFoundException
                 | NotAllowedException | ConflictException | LiveDatabaseException e) {
            err.println(e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("The command failed: " + describe(e));
            e.printStackTrace(err);
            return 1;
        } catch (StackOverflowError e) {
            // the readers turn their own overflows into errors with a line; this is the last resort for the rest
            err.println("The command failed: the input is nested too deeply to be read. Nothing was imported.");
            return 1;
        }
    }

    /** {@code mermaid} or {@code plantuml}; null (detect from the file) when not given. */
    private static org.schemaboard.importing.er.ErImportService.Format erFormat(String option)
            throws Invocation.UsageException {
        if (option == null) {
            return null;
        }
        try {
            return org.schemaboard.importing.er.ErImportService.Format.valueOf(option.toUpperCase(
                    java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invocation.UsageException("Unknown format " + option + "; use mermaid or plantuml");
        }
    }

    /**
     * The password for {@code import-db}: the first line of stdin ({@code --password-stdin}) or a variable's value
     * ({@code --password-env VAR}); never an option's value, which other users of the machine could see.
     */
    private static String password(Invocation invocation) {
        if (invocation.option("password-stdin") != null && invocation.option("password-env") != null) {
            throw new BadInputException("Give the password one way: --password-stdin or --password-env VAR");
        }
        if (invocation.option("password-env") != null) {
            String value = System.getenv(invocation.option("password-env"));
            if (value == null) {
                throw new BadInputException("The variable " + invocation.option("password-env") + " is not set");
            }
            return value;
        }
        if (invocation.option("password-stdin") != null) {
            try {
                String line = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                        java.nio.charset.StandardCharsets.UTF_8)).readLine();
                return line == null ? "" : line;
            } catch (java.io.IOException e) {
                throw new BadInputException("Could not read the password from stdin: " + e.getMessage());
            }
        }
        return null;
    }

    /**
     * Spring without a web server, Vaadin or demo data, quiet, on the data directory. Command-line style arguments
     * rather than default properties, because they outrank {@code application.properties} and its environment
     * variables (SCHEMABOARD_DATA_DIR, SCHEMABOARD_DEMO).
     */
    private static ConfigurableApplicationContext start(Class<?> application, Path dataDir) {
        // an existing database is used as it is, never migrated: a running server of another version may hold it
        boolean existing = ExistingDatabase.exists(dataDir);
        if (existing) {
            ExistingDatabase.requireSameSchemaVersion(dataDir);
        }
        try {
            return new SpringApplicationBuilder(application)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .run("--schemaboard.data-dir=" + dataDir,
                            "--schemaboard.demo=false",
                            "--spring.flyway.enabled=" + !existing,
                            // a database an older server made without a password keeps it until that server goes
                            "--schemaboard.database.secure-existing=false",
                            "--spring.main.banner-mode=off",
                            // a command uses a few services: the rest (web, push, scheduling) is never created
                            "--spring.main.lazy-initialization=true",
                            "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                    + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                            "--logging.level.root=WARN",
                            // a failed start is reported below in one sentence rather than as pages of stack traces
                            "--logging.level.org.springframework.boot.SpringApplication=OFF",
                            "--logging.level.org.springframework.boot.diagnostics=OFF",
                            "--logging.level.org.springframework.context=ERROR",
                            "--logging.level.com.zaxxer.hikari=OFF");
        } catch (RuntimeException e) {
            if (ExistingDatabase.causedByDatabaseInUse(e)) {
                // with AUTO_SERVER the command goes through a running server; this is a process that opened the
                // database without it (an older server, another tool)
                throw ExistingDatabase.inUse(dataDir);
            }
            throw new BadInputException("Cannot open the Schemaboard database in " + dataDir + ": " + rootCause(e));
        }
    }

    /**
     * Restore runs Flyway without Spring, whose logging setup would keep Flyway's step-by-step INFO lines out of the
     * output: the command line prints its own sentences only (Flyway's warnings and errors still show).
     */
    private static void quietFlyway() {
        if (org.slf4j.LoggerFactory.getLogger("org.flywaydb") instanceof ch.qos.logback.classic.Logger flyway) {
            flyway.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** {@code --dialect}: postgresql, mysql, sqlite, h2 or auto. */
    private static ImportDialect dialect(String option) throws Invocation.UsageException {
        return Arrays.stream(ImportDialect.values()).filter(d -> d.name().equalsIgnoreCase(option.strip()))
                .findFirst().orElseThrow(() -> new Invocation.UsageException("Unknown dialect " + option
                        + "; use one of postgresql, mysql, sqlite, h2, auto"));
    }

    static String describe(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return Arrays.stream(message.split("\n")).findFirst().orElse(message);
    }

    private static String defaultDataDir() {
        String fromEnvironment = System.getenv("SCHEMABOARD_DATA_DIR");
        return fromEnvironment == null || fromEnvironment.isBlank() ? "./data" : fromEnvironment;
    }

    /** The commands for an import: every finding printed when {@code --all-findings} asks for them. */
    private static Commands importing(ConfigurableApplicationContext context, PrintStream out, Invocation invocation) {
        return new Commands(context, out, invocation.dataDir()).everyFinding(invocation.option("all-findings") != null);
    }
}
