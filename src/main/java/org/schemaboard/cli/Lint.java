package org.schemaboard.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.schemaboard.checks.DesignChecker;
import org.schemaboard.checks.LintReport;
import org.schemaboard.checks.Rule;
import org.schemaboard.export.DesignJson;
import org.schemaboard.importing.sql.ImportDialect;
import org.schemaboard.importing.sql.ImportPlan;
import org.schemaboard.importing.sql.PlanModel;
import org.schemaboard.spec.Check;
import org.schemaboard.spec.SectionContent;
import org.schemaboard.spec.Specification;

/**
 * {@code lint}: the design checks for CI. A design file or a SQL dump is checked without opening any database; a
 * design on the server is checked as its owner reads it. Prints the report and answers whether the gate fails.
 */
final class Lint {

    /**
     * What a dump cannot say, so its rules would only be noise there: the written sections, query patterns and index
     * rationales live in a design, not in DDL.
     */
    private static final Set<String> NOT_IN_A_DUMP = Set.of("no-scalability-plan", "no-query-patterns",
            "index-unused", "index-without-rationale", "query-pattern-without-index");

    private Lint() {
    }

    /** {@code --format} and {@code --fail-on}, checked before any work. */
    record Options(LintReport.Format format, Check.Severity failOn) {

        static Options of(Invocation invocation) throws Invocation.UsageException {
            String format = invocation.option("format");
            LintReport.Format f = format == null ? LintReport.Format.TEXT : LintReport.Format.of(format)
                    .orElseThrow(() -> new Invocation.UsageException("Unknown format " + format
                            + "; use one of text, json, sarif"));
            String failOn = invocation.option("fail-on");
            Check.Severity level = failOn == null ? Check.Severity.ERROR : switch (failOn.strip().toLowerCase()) {
                case "error" -> Check.Severity.ERROR;
                case "warning" -> Check.Severity.WARNING;
                default -> throw new Invocation.UsageException("Unknown level " + failOn + " for --fail-on; use "
                        + "error or warning");
            };
            if ((invocation.option("design") == null) == (invocation.option("file") == null)) {
                throw new Invocation.UsageException("lint needs either --design NAME or --file FILE");
            }
            if (invocation.option("design") != null && invocation.option("dialect") != null) {
                throw new Invocation.UsageException("--dialect is for --file with a SQL dump");
            }
            return new Options(f, level);
        }
    }

    /** Checks a design.json or a SQL dump; no database is opened. */
    static int file(Path file, ImportDialect dialect, Options options, PrintStream out) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (name.toLowerCase().endsWith(".json")) {
            DesignJson.DesignFile design = DesignJson.readFile(InputFiles.readDesignFile(file));
            Specification spec = Specification.empty(design.model().designId());
            for (SectionContent section : design.sections()) {
                spec = spec.with(section);
            }
            // as on the server: the engine's findings, the planner's evidence against the "serves" links (H2), then
            // the NoSQL elements' rules
            List<Check> findings = new java.util.ArrayList<>(DesignChecker.run(design.model(), spec));
            findings.addAll(new org.schemaboard.coverage.CoverageService(null).findings(design.model()));
            findings.addAll(DesignChecker.runNoSql(design.nosql()));
            return report(file.toString(), findings, options, out);
        }
        ImportPlan plan = InputFiles.readSqlFile(file, dialect);
        PlanModel.Design design = PlanModel.of(plan, name);
        List<Check> findings = DesignChecker.run(design.model(), design.specification()).stream()
                .filter(c -> !NOT_IN_A_DUMP.contains(c.rule()) && DesignChecker.rule(c.rule())
                        .map(r -> r.category() != Rule.Category.WRITTEN_SECTIONS).orElse(true))
                .toList();
        return report(file.toString(), findings, options, out);
    }

    static int report(String source, List<Check> findings, Options options, PrintStream out) {
        LintReport report = new LintReport(source, findings);
        out.print(report.render(options.format()));
        return report.reaches(options.failOn()) ? 1 : 0;
    }
}
