package org.schemaboard.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.schemaboard.base.UserFacingException;
import org.schemaboard.design.DesignOnServer;
import org.schemaboard.design.DesignService;
import org.schemaboard.diff.DesignFiles;
import org.schemaboard.diff.DesignState;
import org.schemaboard.diff.DiffReport;
import org.schemaboard.diff.DiffService;
import org.schemaboard.diff.Finding;
import org.schemaboard.diff.MigrationScript;
import org.schemaboard.diff.ModelDiff;
import org.schemaboard.diff.SafetyChecks;
import org.schemaboard.export.SqlDialectChoice;
import org.schemaboard.importing.BoundedInput;
import org.schemaboard.importing.InputTooLargeException;
import org.schemaboard.importing.sql.SqlImportService;
import org.schemaboard.security.CurrentUser;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code diff}: what changed between two states of a design — two versions (or a version and the draft) of a design
 * on the server, or two files (design.json or SQL dumps) without opening any database — printed as Markdown, JSON or
 * a migration script. Options are checked and files read before Spring starts.
 */
final class DiffCommand {

    static final String FORMATS = "md, json, ddl-postgresql, ddl-mysql, ddl-h2";

    private DiffCommand() {
    }

    static void run(Invocation invocation, PrintStream out, Supplier<ConfigurableApplicationContext> start) {
        String format = invocation.option("format") == null ? "md" : invocation.option("format");
        if (!List.of(FORMATS.split(", ")).contains(format)) {
            throw new BadInputException("Unknown format " + format + "; use one of " + FORMATS);
        }
        String direction = invocation.option("direction") == null ? "forward" : invocation.option("direction");
        if (!direction.equals("forward") && !direction.equals("rollback")) {
            throw new BadInputException("--direction is forward or rollback, not " + direction);
        }
        boolean files = invocation.option("from-file") != null || invocation.option("to-file") != null;
        if (files) {
            if (invocation.option("from-file") == null || invocation.option("to-file") == null
                    || invocation.option("design") != null) {
                throw new BadInputException("diff compares two files with --from-file A --to-file B (no --design)");
            }
            Path a = Path.of(invocation.option("from-file"));
            Path b = Path.of(invocation.option("to-file"));
            ModelDiff diff = ModelDiff.compare(read(a), read(b));
            out.print(render(diff, SafetyChecks.of(diff, Map.of()), a.getFileName().toString(),
                    b.getFileName().toString(), format, direction));
            return;
        }
        if (invocation.option("design") == null || invocation.option("from") == null || invocation.option("to") == null) {
            throw new BadInputException("diff needs --design NAME --from vN --to vM|draft, or --from-file A --to-file B");
        }
        DesignState from = state(invocation.option("from"));
        DesignState to = state(invocation.option("to"));
        try (ConfigurableApplicationContext context = start.get()) {
            DesignOnServer design = design(context.getBean(DesignService.class), invocation.option("design"));
            DiffService diffs = context.getBean(DiffService.class);
            String text = context.getBean(CurrentUser.class).runAs(design.readAs(), () -> {
                ModelDiff diff = diffs.compare(design.id(), from, to);
                return render(diff, SafetyChecks.of(diff, diffs.expectedRows(design.id())), from.label(), to.label(),
                        format, direction);
            });
            out.print(text);
        }
    }

    private static String render(ModelDiff diff, List<Finding> findings, String from, String to, String format,
                                 String direction) {
        if (format.equals("md")) {
            return DiffReport.markdown(diff, findings, from, to);
        }
        if (format.equals("json")) {
            return DiffReport.json(diff, findings, from, to);
        }
        SqlDialectChoice dialect = SqlDialectChoice.valueOf(format.substring(4).toUpperCase(java.util.Locale.ROOT));
        MigrationScript script = MigrationScript.of(diff, dialect);
        return direction.equals("forward") ? script.forward() : script.rollback();
    }

    /** {@code draft}, or {@code vN} / {@code N} for approved version N. */
    static DesignState state(String label) {
        String s = label.strip().toLowerCase(java.util.Locale.ROOT);
        if (s.equals("draft")) {
            return DesignState.draft();
        }
        try {
            int n = Integer.parseInt(s.startsWith("v") ? s.substring(1) : s);
            if (n > 0) {
                return DesignState.approved(n);
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new BadInputException("\"" + label + "\" is not a state of a design: use draft or an approved version "
                + "such as v1");
    }

    private static DesignOnServer design(DesignService designs, String name) {
        List<DesignOnServer> all = designs.listAllForOperator();
        DesignOnServer design = all.stream().filter(d -> d.name().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new BadInputException("No design named \"" + name + "\""
                        + (all.isEmpty() ? "; there are no designs" : "; the designs are " + all.stream()
                        .map(d -> "\"" + d.name() + "\"").collect(Collectors.joining(", ")))));
        if (design.readAs() == null) {
            throw new BadInputException("The design \"" + design.name() + "\" has no members, so nobody may read it");
        }
        return design;
    }

    private static org.schemaboard.model.DesignModel read(Path file) {
        String text;
        try {
            text = BoundedInput.readUtf8(file, SqlImportService.MAX_CHARACTERS, "file", SqlImportService.TOO_LARGE);
        } catch (InputTooLargeException e) {
            throw new BadInputException("Cannot compare " + file + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new BadInputException("Cannot read " + file + ": there is no such file");
        } catch (CharacterCodingException e) {
            throw new BadInputException("Cannot read " + file + ": it is not UTF-8 text");
        } catch (IOException e) {
            throw new BadInputException("Cannot read " + file + ": " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try {
            return DesignFiles.read(file.getFileName().toString(), text);
        } catch (UserFacingException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
    }
}
