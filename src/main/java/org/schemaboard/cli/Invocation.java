package org.schemaboard.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What was asked for on the command line: the command and its options, checked against what the command takes.
 *
 * @param command {@code list}, {@code export}, {@code import-json}, {@code import-sql}, {@code import-dbml}, {@code import-db},
 *                {@code backup}, {@code restore} or {@code help}
 * @param dataDir the server's data directory, absolute
 */
record Invocation(String command, Path dataDir, Map<String, String> options) {

    static final String USAGE = """
            Usage:
              java -jar schemaboard.jar                     starts the server
              java -jar schemaboard.jar list [--data-dir DIR]
              java -jar schemaboard.jar export [--data-dir DIR] --design NAME --format FORMAT --out FILE
              java -jar schemaboard.jar import-json [--data-dir DIR] --file FILE [--name NAME] [--owner USERNAME]
              java -jar schemaboard.jar import-sql [--data-dir DIR] --file FILE --name NAME [--dialect DIALECT]
                                                   [--owner USERNAME]
              java -jar schemaboard.jar lint [--data-dir DIR] --design NAME [--format text|json|sarif]
                                             [--fail-on error|warning]
              java -jar schemaboard.jar lint --file design.json|dump.sql [--dialect DIALECT]
                                             [--format text|json|sarif] [--fail-on error|warning]
              java -jar schemaboard.jar import-dbml [--data-dir DIR] --file FILE [--name NAME] [--owner USERNAME]
              java -jar schemaboard.jar import-db [--data-dir DIR] --url JDBC_URL [--user USER]
                                                  [--password-stdin | --password-env VAR] --name NAME
                                                  [--owner USERNAME]
              java -jar schemaboard.jar import-er [--data-dir DIR] --file FILE [--format mermaid|plantuml]
                                                  --name NAME [--owner USERNAME]
              java -jar schemaboard.jar backup [--data-dir DIR] --out FILE.zip
              java -jar schemaboard.jar restore [--data-dir DIR] --file FILE.zip [--force]
              java -jar schemaboard.jar diff [--data-dir DIR] --design NAME --from vN --to vM|draft [--format F]
              java -jar schemaboard.jar diff --from-file A --to-file B [--format F] [--direction rollback]
              java -jar schemaboard.jar help | --help | -h   prints this
              java -jar schemaboard.jar --version           prints the version

              list         prints one line per design: name, target database, last change (UTC) and owner, by tabs
              export       writes one design to FILE; FORMAT is one of
                           zip, md, html, json, ddl-postgresql, ddl-mysql, ddl-h2, mermaid, dbml,
                           plantuml
                           (zip holds all of them: database-design.md, database-design.html, schema-*.sql, erd.mmd,
                           erd.puml, schema.dbml, design.json)
              import-json  creates a new design from a design.json, named NAME or as in the file (plus
                           " (imported)" when that name is taken), owned by USERNAME or else the first administrator
              import-sql   creates a new design NAME from a SQL dump (pg_dump, mysqldump, SQLite or H2; schema only,
                           at most 50 MB) and prints what was found, skipped and mapped; DIALECT is one of
                           postgresql, mysql, sqlite, h2 or auto (the default: detected from the file)
              lint         runs the design checks on a design of the server, or on a design.json or SQL dump
                           (no database needed for a file) and prints the findings (text, json or SARIF 2.1.0);
                           exits with 1 when a finding reaches --fail-on (default: error)
              import-dbml  creates a new design from a DBML file (dbdiagram.io, ChartDB), named NAME or as its
                           Project (else as the file), for the Project's database_type (else PostgreSQL); table
                           groups become subject areas. Prints what was found and mapped; a broken file names its
                           line and column and imports nothing
              import-db    creates a new design NAME from a live database's current schema (PostgreSQL, MySQL/MariaDB
                           or H2 over JDBC: jdbc:postgresql://host/db, jdbc:mariadb://host/db, jdbc:h2:...), keeping
                           foreign-key actions, index methods and predicates, comments and partitioning; the
                           password is read from stdin's first line or the variable VAR, never from the command line
              import-er    creates a new design NAME from a Mermaid erDiagram or a PlantUML ER diagram (the format
                           detected from the file unless given): entities, typed attributes with PK/FK/UK markers and
                           crow's-foot relationships; a broken file names its line and column and imports nothing
              backup       writes the whole instance (designs, accounts, audit log) to FILE.zip; safe while the
                           server runs: the copy is transactionally consistent
              restore      puts a backup into DIR, which must be empty or missing; --force replaces the database
                           there (the old one is moved to DIR/replaced-...); the server must be stopped for that

              diff         prints what changed between two approved versions (or one and the draft) of a design,
                           or between two files (design.json or SQL dumps); F is md (the default), json or a
                           migration script: ddl-postgresql, ddl-mysql, ddl-h2 (forward, or --direction rollback)

              --data-dir   the server's data directory (default: $SCHEMABOARD_DATA_DIR, else ./data)
              --all-findings  (the import commands) prints every skipped statement and warning; without it the
                           first 50 of each are printed and the rest counted (a 10,000-table dump has tens of
                           thousands)

            The commands work while the server runs on the same data directory (through the server).
            Exit status: 0 done, 1 bad input (unknown design, unreadable or broken file, not a backup, ...) or
            lint findings at the --fail-on level, 2 wrong usage.""";

    static final Set<String> COMMANDS = Set.of("list", "export", "import-json", "import-sql", "import-dbml", "lint",
            "diff", "backup", "restore", "help", "import-db", "import-er");
    /** Options without a value. */
    private static final Set<String> FLAGS = Set.of("force", "password-stdin", "all-findings");

    private static final Map<String, Set<String>> OPTIONS = Map.ofEntries(
            Map.entry("list", Set.of("data-dir")),
            Map.entry("export", Set.of("data-dir", "design", "format", "out")),
            Map.entry("import-json", Set.of("data-dir", "file", "name", "owner")),
            Map.entry("import-sql", Set.of("data-dir", "file", "name", "dialect", "owner", "all-findings")),
            Map.entry("lint", Set.of("data-dir", "design", "file", "dialect", "format", "fail-on")),
            Map.entry("import-dbml", Set.of("data-dir", "file", "name", "owner", "all-findings")),
            Map.entry("backup", Set.of("data-dir", "out")),
            Map.entry("restore", Set.of("data-dir", "file", "force")),
            Map.entry("help", Set.of()),
            Map.entry("diff", Set.of("data-dir", "design", "from", "to", "from-file", "to-file", "format",
                    "direction")),
            Map.entry("import-er", Set.of("data-dir", "file", "format", "name", "owner", "all-findings")),
            Map.entry("import-db", Set.of("data-dir", "url", "user", "password-stdin", "password-env", "name",
                    "owner", "all-findings")));
    private static final Map<String, Set<String>> REQUIRED = Map.of(
            "export", Set.of("design", "format", "out"),
            "import-json", Set.of("file"),
            "import-sql", Set.of("file", "name"),
            "import-dbml", Set.of("file"),
            "import-db", Set.of("url", "name"),
            "import-er", Set.of("file", "name"),
            "backup", Set.of("out"),
            "restore", Set.of("file"));

    /** The command line is wrong; the message says how. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /** Reads {@code COMMAND [--option VALUE | --option=VALUE]...}. */
    static Invocation parse(List<String> args, String defaultDataDir) throws UsageException {
        if (args.isEmpty() || !COMMANDS.contains(args.get(0))) {
            throw new UsageException(args.isEmpty() ? "Name a command" : "Unknown command " + args.get(0));
        }
        String command = args.get(0);
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("Unexpected argument \"" + arg + "\"; options are written --name VALUE");
            }
            String name = arg.substring(2);
            String value;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (FLAGS.contains(name)) {
                value = "true";
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException("--" + name + " needs a value");
            }
            if (!OPTIONS.get(command).contains(name)) {
                throw new UsageException(command + " has no option --" + name);
            }
            if (options.putIfAbsent(name, value) != null) {
                throw new UsageException("--" + name + " is given twice");
            }
        }
        for (String required : REQUIRED.getOrDefault(command, Set.of())) {
            if (options.get(required) == null || options.get(required).isBlank()) {
                throw new UsageException(command + " needs --" + required);
            }
        }
        String dataDir = options.getOrDefault("data-dir", defaultDataDir);
        if (dataDir.isBlank()) {
            throw new UsageException("--data-dir needs a directory");
        }
        return new Invocation(command, Path.of(dataDir).toAbsolutePath().normalize(), Map.copyOf(options));
    }

    String option(String name) {
        return options.get(name);
    }
}
