package org.schemaboard.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.schemaboard.ServiceTest;
import org.schemaboard.TestData;
import org.schemaboard.base.ValidationException;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.export.DesignJsonException;
import org.schemaboard.importing.json.DesignImportService;
import org.schemaboard.importing.sql.ImportDialect;
import org.schemaboard.importing.sql.ImportPlan;
import org.schemaboard.importing.sql.SqlImportService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A corpus of malformed input, generated from the test dumps and design.json with a fixed seed: random cuts, byte
 * flips, inserted quotes, comment marks, BOMs and NULs, text in mixed encodings, and hostile shapes (deep nesting,
 * huge identifiers and literals, megabytes of blanks, triggers with a hundred thousand semicolons, huge numbers).
 * Each case goes through the real path — the reader, then the import service on the in-memory H2 database — and
 * must end within {@link #BOUND} of processor time either imported whole or refused with our typed bad-input error (a
 * plan that cannot be imported, {@link ValidationException}, {@link DesignJsonException}) that says where; a refused
 * case leaves every row count as it was. Nothing else — no other exception, no Error — is allowed.
 *
 * <p>The bound is the case's processor time, not the clock's: the build machine is shared, and under a load of ten
 * a case's wall time says more about the neighbours than about the reader. A case that does not end within
 * {@link #HANG} of wall time fails as hanging.
 */
@ServiceTest
class MalformedInputCorpusTest {

    static final long SEED = 20261204L;
    static final int SQL_CASES = 720;
    static final int JSON_CASES = 360;
    static final Duration BOUND = Duration.ofSeconds(2);
    static final Duration HANG = Duration.ofSeconds(60);
    private static final Pattern LINE_AND_COLUMN = Pattern.compile("line \\d+, column \\d+");
    private static final Pattern JSON_PATH = Pattern.compile("^(?:[A-Za-z]+(?:\\[\\d+])?(?: \\([^)]*\\))?[.:])");
    private static final String[] SQL_SEEDS = {"pg_dump.sql", "mysqldump.sql", "sqlite.sql", "h2.sql"};
    private static final String[] TABLES = {"design", "entity", "attribute", "relationship", "entity_index",
            "query_pattern", "design_member", "design_section", "audit_log"};
    private static final String[] SQL_JUNK = {"\0", "\uFEFF", "'", "\"", "`", "$$", "$body$", "/*", "*/", "/*!40101 ",
            "--", ";", "(", ")", "\\", "\nDELIMITER //\n", "\n\\.\n", "\nCOPY t (a) FROM stdin;\n", " BEGIN ", " END ",
            "\r", "\u2028", "\uD83D\uDE00", "\uD800", "\u00e9", "CREATE TABLE ", "CREATE TRIGGER x BEGIN ", "::",
            " PARTITION BY RANGE (", " PARTITION OF ", " REFERENCES ", "_utf8mb4'", ",", "\t\t\t"};
    private static final String[] JSON_JUNK = {"{", "}", "[", "]", ",", ":", "\"", "\\", "\0", "\uFEFF", "null",
            "1e999999", "-", "true", "\uD800", "\"id\": \"00000000-0000-0000-0000-000000000000\", ", "/*", "NaN"};

    @Autowired
    TestData data;
    @Autowired
    SqlImportService sqlImports;
    @Autowired
    DesignImportService jsonImports;
    @Autowired
    DSLContext db;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "corpus-case");
        t.setDaemon(true);
        return t;
    });

    @AfterEach
    void stop() {
        worker.shutdownNow();
    }

    /** How a case ended. */
    enum Outcome { IMPORTED, REFUSED }

    @Test
    void every_malformed_dump_and_design_file_is_imported_whole_or_refused_with_its_place_and_leaves_no_trace()
            throws Exception {
        String user = data.account("corpus");
        Random random = new Random(SEED);
        List<String> sqlSeeds = new ArrayList<>();
        for (String name : SQL_SEEDS) {
            sqlSeeds.add(resource("/sqlimport/" + name));
        }
        String designJson = resource("/cli/ecommerce-design.json");
        List<String> failures = new ArrayList<>();
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        // warm-up, not counted: the first parse loads and compiles jOOQ's parser
        for (String seed : sqlSeeds) {
            run(new Case(-1, "warm-up", "seed", seed), new ArrayList<>(), new LinkedHashMap<>(),
                    () -> sqlCase(new Case(-1, "sql", "seed", seed), user));
        }
        run(new Case(-1, "warm-up", "seed", designJson), new ArrayList<>(), new LinkedHashMap<>(),
                () -> jsonCase(new Case(-1, "json", "seed", designJson), user));
        long started = System.nanoTime();
        slowest = 0;
        totalCpu = 0;

        for (int i = 0; i < SQL_CASES; i++) {
            Case c = sqlCase(i, random, sqlSeeds);
            run(c, failures, outcomes, () -> sqlCase(c, user));
        }
        for (int i = 0; i < JSON_CASES; i++) {
            Case c = jsonCase(i, random, designJson);
            run(c, failures, outcomes, () -> jsonCase(c, user));
        }

        System.out.printf("Malformed-input corpus: %d cases in %d ms, %d ms of processor time on the case thread (the "
                        + "slowest %d ms: %s): %s%n", SQL_CASES + JSON_CASES, (System.nanoTime() - started) / 1_000_000,
                totalCpu / 1_000_000, slowest / 1_000_000, slowestCase, outcomes);
        assertThat(failures).as("cases that crashed, overran, imported partly or refused without saying where")
                .isEmpty();
        // the corpus is only worth something if it reaches both ends on both paths
        assertThat(outcomes.getOrDefault("sql REFUSED", 0)).isGreaterThan(SQL_CASES / 5);
        assertThat(outcomes.getOrDefault("sql IMPORTED", 0)).isGreaterThan(SQL_CASES / 10);
        assertThat(outcomes.getOrDefault("json REFUSED", 0)).isGreaterThan(JSON_CASES / 3);
        assertThat(outcomes.getOrDefault("json IMPORTED", 0)).isGreaterThan(JSON_CASES / 20);
    }

    /** One generated input: its number, what was done to it, and its text. */
    record Case(int number, String kind, String how, String text) {
        String label() {
            return kind + " case " + number + " (" + how + ", " + text.length() + " characters)";
        }
    }

    private long slowest;
    private long totalCpu;
    private String slowestCase;

    /** Runs a case on the worker within the bounds, noting what went wrong in {@code failures}. */
    private void run(Case c, List<String> failures, Map<String, Integer> outcomes, java.util.concurrent.Callable<
            Outcome> work) throws InterruptedException {
        Map<String, Long> before = counts();
        long[] cpu = new long[1];
        Future<Outcome> result = worker.submit(() -> {
            long start = cpuTime();
            try {
                return work.call();
            } finally {
                cpu[0] = cpuTime() - start;
            }
        });
        try {
            Outcome outcome = result.get(HANG.toMillis(), TimeUnit.MILLISECONDS);
            outcomes.merge(c.kind() + " " + outcome, 1, Integer::sum);
            if (outcome == Outcome.REFUSED && !counts().equals(before)) {
                failures.add(c.label() + ": refused, but the rows changed: " + before + " → " + counts());
            }
        } catch (TimeoutException e) {
            result.cancel(true);
            failures.add(c.label() + ": still running after " + HANG.toSeconds() + " s");
            try {
                result.get(); // the next case counts rows only when this one is over
            } catch (Exception ignored) {
                // cancelled or failed: reported above
            }
        } catch (java.util.concurrent.ExecutionException e) {
            failures.add(c.label() + ": " + e.getCause());
        }
        if (cpu[0] > BOUND.toNanos()) {
            failures.add(c.label() + ": took " + cpu[0] / 1_000_000 + " ms of processor time");
        }
        totalCpu += cpu[0];
        if (cpu[0] > slowest) {
            slowest = cpu[0];
            slowestCase = c.label();
        }
    }

    private static long cpuTime() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private Outcome sqlCase(Case c, String user) {
        ImportPlan plan;
        try {
            plan = SqlImportService.read(c.text(), ImportDialect.AUTO);
        } catch (ValidationException e) {
            if (!c.text().isBlank()) {
                throw new AssertionError("refused a non-blank file without a plan: " + e.getMessage());
            }
            return Outcome.REFUSED;
        }
        for (ImportPlan.Skipped error : plan.errors()) {
            requireThat(error.line() > 0 && error.column() > 0 && LINE_AND_COLUMN.matcher(error.reason()).find(),
                    "an error without its line and column: " + error);
        }
        requireThat(plan.skipped().stream().allMatch(s -> s.line() > 0), "a skipped statement without a line");
        String problem = plan.problem();
        if (problem != null) {
            requireThat(problem.matches("(?s).*line \\d+.*") || problem.contains("holds no SQL statement"),
                    "a refusal that does not say where: " + problem);
            if (!plan.errors().isEmpty() || problem.contains("could not be read")) {
                requireThat(LINE_AND_COLUMN.matcher(problem).find(), "a refusal without line and column: " + problem);
            }
        }
        try {
            data.as(user, () -> sqlImports.importIntoNewDesign(TestData.designName("Corpus " + c.number()),
                    plan.dialect().target(), plan));
        } catch (ValidationException e) {
            return Outcome.REFUSED;
        }
        requireThat(problem == null, "a plan with a problem was imported: " + problem);
        return Outcome.IMPORTED;
    }

    private Outcome jsonCase(Case c, String user) {
        try {
            data.as(user, () -> jsonImports.importJson(c.text(), TestData.designName("Corpus json " + c.number())));
            return Outcome.IMPORTED;
        } catch (DesignJsonException e) {
            String message = String.valueOf(e.getMessage());
            if (message.startsWith("Not valid JSON")) {
                requireThat(LINE_AND_COLUMN.matcher(message).find(), "broken JSON without line and column: "
                        + message);
            }
            return Outcome.REFUSED;
        } catch (ValidationException e) {
            return Outcome.REFUSED;
        }
    }

    private static void requireThat(boolean condition, String problem) {
        if (!condition) {
            throw new AssertionError(problem);
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, (long) db.fetchCount(DSL.table(DSL.name(table.toUpperCase()))));
        }
        return counts;
    }

    // ---- the SQL corpus

    private static Case sqlCase(int number, Random random, List<String> seeds) {
        String seed = seeds.get(random.nextInt(seeds.size()));
        int shape = random.nextInt(20);
        return switch (shape) {
            case 0, 1, 2 -> {
                int cut = 1 + random.nextInt(seed.length() - 1);
                yield new Case(number, "sql", "cut at " + cut, seed.substring(0, cut));
            }
            case 3, 4 -> flipBytes(number, "sql", random, seed);
            case 5, 6, 7 -> insertJunk(number, "sql", random, seed, SQL_JUNK);
            case 8 -> {
                int from = random.nextInt(seed.length());
                int to = Math.min(seed.length(), from + random.nextInt(400));
                yield new Case(number, "sql", "deleted " + from + ".." + to, seed.substring(0, from)
                        + seed.substring(to));
            }
            case 9 -> mixedEncodings(number, "sql", random, seed);
            case 10 -> new Case(number, "sql", "BOMs and NULs", "\uFEFF" + sprinkle(random, seed, "\0", 20)
                    .replace("\n", random.nextBoolean() ? "\r\n" : "\n\uFEFF"));
            case 11 -> {
                int depth = 100 + random.nextInt(30_000);
                yield new Case(number, "sql", "CHECK nested " + depth + " deep", seed + "\nCREATE TABLE deep (id int "
                        + "CHECK " + "(".repeat(depth) + "id > 0" + ")".repeat(depth) + ");\n");
            }
            case 12 -> {
                int length = 10_000 + random.nextInt(100_000);
                String name = random.nextBoolean() ? "x".repeat(length) : "\"" + "é\u00a0".repeat(length / 2) + "\"";
                yield new Case(number, "sql", "identifier of " + length, seed + "\nCREATE TABLE " + name + " (" + name
                        + " int);\nCREATE TABLE ok (id int PRIMARY KEY);\n");
            }
            case 13 -> {
                int length = 10_000 + random.nextInt(200_000);
                String literal = "it''s ".repeat(length / 6);
                yield new Case(number, "sql", "literal of " + length, random.nextBoolean()
                        ? "CREATE TABLE `t` (\n  `a` int COMMENT '" + literal + "'\n) ENGINE=InnoDB;\n"
                        : "CREATE TABLE t (a text DEFAULT cast('" + literal + "' AS text), b int);\n");
            }
            case 14 -> new Case(number, "sql", "trigger with 100,000 semicolons", seed
                    + "\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN\n" + "SELECT 1;".repeat(100_000)
                    + (random.nextBoolean() ? "\nEND;\n" : "\n"));
            case 15 -> new Case(number, "sql", "megabytes of blanks", " ".repeat(1 + random.nextInt(1_000_000))
                    + seed.substring(0, random.nextInt(seed.length())) + "\t\n ".repeat(random.nextInt(100_000)));
            case 16 -> {
                String[] openers = {"'", "\"", "`", "$$", "$q$", "/*", "DELIMITER " + "|".repeat(40) + "\n"};
                String opener = openers[random.nextInt(openers.length)];
                int at = random.nextInt(seed.length());
                yield new Case(number, "sql", "unterminated " + opener.strip(), seed.substring(0, at) + opener
                        + seed.substring(at).replace(opener, ""));
            }
            case 17 -> new Case(number, "sql", "empty statements", ";".repeat(1 + random.nextInt(100_000)) + seed);
            case 18 -> {
                StringBuilder wide = new StringBuilder("CREATE TABLE wide (");
                int columns = 1 + random.nextInt(600);
                for (int c = 0; c < columns; c++) {
                    wide.append(c == 0 ? "" : ", ").append("c").append(c).append(" varchar(").append(c + 1)
                            .append(")");
                }
                yield new Case(number, "sql", columns + " columns", wide.append(");\n").toString());
            }
            default -> {
                // several mutations on top of each other
                Case c = insertJunk(number, "sql", random, seed, SQL_JUNK);
                c = flipBytes(number, "sql", random, c.text());
                int cut = 1 + random.nextInt(Math.max(1, c.text().length() - 1));
                yield new Case(number, "sql", "junk, flips and a cut", c.text().substring(0, cut));
            }
        };
    }

    // ---- the design.json corpus

    private static Case jsonCase(int number, Random random, String seed) {
        int shape = random.nextInt(14);
        return switch (shape) {
            case 0, 1 -> {
                int cut = random.nextInt(seed.length());
                yield new Case(number, "json", "cut at " + cut, seed.substring(0, cut));
            }
            case 2 -> flipBytes(number, "json", random, seed);
            case 3, 4 -> insertJunk(number, "json", random, seed, JSON_JUNK);
            case 5 -> {
                int depth = 10 + random.nextInt(100_000);
                yield new Case(number, "json", "nested " + depth + " deep", seed.replaceFirst("\"description\": \"",
                        "\"description\": " + "[".repeat(depth) + "\"" + "]".repeat(depth) + ", \"x\": \""));
            }
            case 6 -> {
                int length = 1000 + random.nextInt(2_000_000);
                yield new Case(number, "json", "name of " + length, seed.replaceFirst("\"name\": \"audit_log\"",
                        "\"name\": \"" + "a".repeat(length) + "\""));
            }
            case 7 -> new Case(number, "json", "huge number", seed.replaceFirst("\"length\": 50",
                    "\"length\": " + "9".repeat(1 + random.nextInt(100_000))));
            case 8, 9, 10 -> structural(number, random, seed);
            case 11 -> mixedEncodings(number, "json", random, seed);
            case 12 -> new Case(number, "json", "BOMs and NULs", "\uFEFF" + sprinkle(random, seed,
                    random.nextBoolean() ? "\0" : "\uFEFF", 1 + random.nextInt(5)));
            default -> new Case(number, "json", "as exported", seed);
        };
    }

    /** A change that keeps the file JSON: a value of another type, a field gone, an id reused or unknown. */
    private static Case structural(int number, Random random, String seed) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            JsonNode root = mapper.readTree(seed);
            List<JsonNode> containers = new ArrayList<>();
            collect(root, containers);
            JsonNode target = containers.get(random.nextInt(containers.size()));
            String how;
            if (target instanceof ObjectNode object && object.size() > 0) {
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                String field = names.get(random.nextInt(names.size()));
                int change = random.nextInt(5);
                how = switch (change) {
                    case 0 -> {
                        object.remove(field);
                        yield "removed " + field;
                    }
                    case 1 -> {
                        object.put(field, random.nextInt());
                        yield field + " a number";
                    }
                    case 2 -> {
                        object.put(field, "x".repeat(random.nextInt(3)));
                        yield field + " a short string";
                    }
                    case 3 -> {
                        object.putNull(field);
                        yield field + " null";
                    }
                    default -> {
                        object.put(field, java.util.UUID.nameUUIDFromBytes(new byte[] {(byte) random.nextInt(4)})
                                .toString());
                        yield field + " an unknown id";
                    }
                };
            } else if (target instanceof ArrayNode array && array.size() > 0) {
                int at = random.nextInt(array.size());
                if (random.nextBoolean()) {
                    array.add(array.get(at).deepCopy()); // the same ids twice
                    how = "duplicated an element";
                } else {
                    array.remove(at);
                    how = "removed an element";
                }
            } else {
                how = "unchanged";
            }
            return new Case(number, "json", how, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainerNode()) {
            into.add(node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collect(it.next(), into);
            }
        }
    }

    // ---- mutations of either kind

    private static Case flipBytes(int number, String kind, Random random, String seed) {
        byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
        int flips = 1 + random.nextInt(8);
        for (int f = 0; f < flips; f++) {
            bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
        }
        // as an upload is read: bytes that are not UTF-8 become U+FFFD
        return new Case(number, kind, flips + " bits flipped", new String(bytes, StandardCharsets.UTF_8));
    }

    private static Case insertJunk(int number, String kind, Random random, String seed, String[] junk) {
        StringBuilder text = new StringBuilder(seed);
        int inserts = 1 + random.nextInt(4);
        for (int n = 0; n < inserts; n++) {
            text.insert(random.nextInt(text.length() + 1), junk[random.nextInt(junk.length)]);
        }
        return new Case(number, kind, inserts + " junk inserts", text.toString());
    }

    /** Part of the text in Latin-1 or UTF-16, the whole read back as UTF-8, as a file put together from two. */
    private static Case mixedEncodings(int number, String kind, Random random, String seed) {
        String accented = seed.replace("e", "é").replace("a", "ä");
        int at = random.nextInt(accented.length());
        java.nio.charset.Charset other = random.nextBoolean() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_16;
        byte[] first = accented.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] second = accented.substring(at).getBytes(other);
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return new Case(number, kind, "UTF-8 then " + other + " from " + at, new String(all, StandardCharsets.UTF_8));
    }

    private static String sprinkle(Random random, String text, String what, int times) {
        StringBuilder out = new StringBuilder(text);
        for (int n = 0; n < times; n++) {
            out.insert(random.nextInt(out.length() + 1), what);
        }
        return out.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = MalformedInputCorpusTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
