package org.schemaboard.importing.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements a dump holds that are not part of a design's schema, recognised by how they start, each with the reason
 * shown to the user. They never reach jOOQ's parser (which rejects most of them anyway).
 */
final class StatementFilter {

    /**
     * {@code needle}, when given, must be in the statement's head before the pattern is tried (a cheap test first);
     * {@code firstWords} are the words the rule's statements can start with (null: any), so most rules are never tried.
     */
    private record Rule(Pattern pattern, String reason, String needle, Set<String> firstWords) {
    }

    /** Declared before the rules, which use it while they are built. */
    private static final Pattern LEADING_WORD = Pattern.compile("^[A-Z_]+");

    private static final List<Rule> RULES = List.of(
            rule("\\\\", "psql meta-command"),
            rule("DELIMITER\\b", "client command that changes the statement delimiter"),
            rule("SELECT\\s+PG_CATALOG\\.SET_CONFIG\\b", "session setting"),
            rule("SELECT\\s+PG_CATALOG\\.SETVAL\\b", "sequence value (data)"),
            rule("(SET|RESET)\\b", "session setting"),
            rule("ALTER\\s+\\w+(\\s+\\w+)?\\s+.*\\bOWNER\\s+TO\\b", "ownership (not part of the design)", "OWNER TO"),
            rule("(GRANT|REVOKE)\\b", "privileges (not part of the design)"),
            rule("CREATE\\s+(OR\\s+REPLACE\\s+)?(DEFINER\\s*=\\s*\\S+\\s+)?(FUNCTION|PROCEDURE|TRIGGER|EVENT|AGGREGATE"
                    + "|RULE|CONSTRAINT\\s+TRIGGER)\\b", "function, procedure or trigger (code is not part of the design)"),
            rule("(CREATE|ALTER|DROP)\\s+SEQUENCE\\b", "sequence (nextval defaults become SERIAL columns)"),
            rule("(CREATE|ALTER|DROP)\\s+EXTENSION\\b", "extension"),
            rule("COMMENT\\s+ON\\s+(EXTENSION|SCHEMA|FUNCTION|SEQUENCE|TRIGGER|INDEX|CONSTRAINT|TYPE|DOMAIN|VIEW"
                    + "|MATERIALIZED\\s+VIEW|DATABASE)\\b", "comment on something the design does not hold"),
            rule("(CREATE|ALTER)\\s+SCHEMA\\b", "schema (tables are imported without their schema)"),
            rule("(CREATE|ALTER)\\s+(TYPE|DOMAIN)\\b", "type or domain (not supported yet: columns keep the type name)"),
            rule("(LOCK|UNLOCK)\\s+TABLES?\\b", "table lock"),
            rule("(INSERT|REPLACE|UPDATE|DELETE|COPY|LOAD\\s+DATA)\\b", "data (the import takes the schema only)"),
            rule("USE\\b", "database selection"),
            rule("(CREATE|ALTER|DROP)\\s+DATABASE\\b", "database creation"),
            rule("DROP\\b", "DROP statement (the import reads what the dump creates)"),
            rule("(BEGIN|COMMIT|ROLLBACK|START\\s+TRANSACTION|END|SAVEPOINT|RELEASE)\\b", "transaction control"),
            rule("PRAGMA\\b", "SQLite setting"),
            rule("ANALYZE\\b|VACUUM\\b|CHECKPOINT\\b|SHUTDOWN\\b", "maintenance command"),
            rule("SELECT\\b|CALL\\b|DO\\b|EXECUTE\\b|PERFORM\\b", "query or procedure call (not schema)"),
            rule("ALTER\\s+TABLE\\b.*\\bDETACH\\s+PARTITION\\b", "partition detachment", "DETACH"),
            rule("ALTER\\s+INDEX\\b.*\\bATTACH\\s+PARTITION\\b", "index of a partition (partitions are collapsed "
                    + "into their table)", "ATTACH"),
            rule("ALTER\\s+TABLE\\b.*\\bENABLE\\b", "table setting (not part of the design)", "ENABLE"),
            rule("ALTER\\s+TABLE\\b.*\\bDISABLE\\b", "table setting (not part of the design)", "DISABLE"),
            rule("ALTER\\s+TABLE\\b.*\\bCLUSTER\\s+ON\\b", "table setting (not part of the design)", "CLUSTER"),
            rule("ALTER\\s+TABLE\\b.*\\bREPLICA\\s+IDENTITY\\b", "table setting (not part of the design)", "REPLICA"),
            rule("ALTER\\s+TABLE\\b.*\\bSET\\s*\\(", "table setting (not part of the design)", "SET"),
            rule("ALTER\\s+TABLE\\b.*\\bAUTO_INCREMENT\\s*=", "auto-increment counter (data)", "AUTO_INCREMENT"),
            rule("CREATE\\s+(PUBLICATION|SUBSCRIPTION|ROLE|USER|SERVER|POLICY|STATISTICS|TEXT\\s+SEARCH|CAST"
                    + "|OPERATOR|COLLATION|TABLESPACE|EVENT\\s+TRIGGER|FOREIGN)\\b", "not part of the design"),
            rule("CREATE\\s+(VIRTUAL\\s+TABLE)\\b", "virtual table (SQLite module)"));

    private static Rule rule(String start, String reason) {
        return rule(start, reason, null);
    }

    private static Rule rule(String start, String reason, String needle) {
        return new Rule(Pattern.compile("^(" + start + ")", Pattern.CASE_INSENSITIVE | Pattern.DOTALL), reason, needle,
                firstWords(start));
    }

    /** The leading keywords of a rule's alternatives ({@code (SET|RESET)\\b} → SET, RESET); null when one has none. */
    private static Set<String> firstWords(String regex) {
        Set<String> words = new HashSet<>();
        for (String alternative : topLevel(regex)) {
            if (alternative.startsWith("(")) {
                Set<String> inner = firstWords(alternative.substring(1, closing(alternative)));
                if (inner == null) {
                    return null;
                }
                words.addAll(inner);
            } else {
                Matcher word = LEADING_WORD.matcher(alternative);
                if (!word.find()) {
                    return null;
                }
                words.add(word.group());
            }
        }
        return words;
    }

    private static List<String> topLevel(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(regex.substring(start));
        return parts;
    }

    private static int closing(String regex) {
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return regex.length();
    }

    private StatementFilter() {
    }

    /**
     * The statement's first 400 characters in upper case, each run of white space one blank: what the rules look at.
     * One loop instead of a regular expression and a case conversion, since every statement of a dump passes here.
     */
    static String head(String statement) {
        return head(statement, 400, Integer.MAX_VALUE);
    }

    /** The head of at most {@code length} characters, ending at (and with) its {@code blanks}-th blank. */
    private static String head(String statement, int max, int blanks) {
        int length = Math.min(statement.length(), max);
        int seen = 0;
        StringBuilder head = new StringBuilder(length);
        boolean blank = false;
        for (int i = 0; i < length; i++) {
            char c = statement.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
                if (!blank) {
                    head.append(' ');
                    if (++seen == blanks) {
                        break;
                    }
                }
                blank = true;
            } else {
                head.append(Character.toUpperCase(c));
                blank = false;
            }
        }
        return head.toString();
    }

    /** Why the statement is skipped, or null when it should be parsed. */
    static String reasonToSkip(String statement) {
        // the first two words decide which rules can match: most statements (CREATE TABLE, CREATE INDEX) none, and
        // then the 400-character head is not built at all
        String twoWords = head(statement, 400, 2);
        if (twoWords.endsWith(" ") && twoWords.indexOf(' ') < twoWords.length() - 1
                && !anyCanMatch(candidates(twoWords), statement)) {
            return null;
        }
        String head = head(statement);
        for (Rule rule : candidates(head)) {
            // lookingAt, not find: the rules are anchored at the start, and find would retry them at every position
            if ((rule.needle() == null || head.contains(rule.needle())) && rule.pattern().matcher(head).lookingAt()) {
                return rule.reason();
            }
        }
        return null;
    }

    /**
     * Whether any of the rules can match the statement: one without a needle can; one with a needle only when the
     * needle's first word is in the statement (in any case — a superset of the head holding the needle, as the head
     * is the statement's start in upper case). ALTER TABLE statements, most of a dump's, then need no head.
     */
    private static boolean anyCanMatch(List<Rule> rules, String statement) {
        for (Rule rule : rules) {
            if (rule.needle() == null) {
                return true;
            }
            int blank = rule.needle().indexOf(' ');
            if (StatementShape.contains(statement, blank < 0 ? rule.needle() : rule.needle().substring(0, blank))) {
                return true;
            }
        }
        return false;
    }

    /** {@link #reasonToSkip} trying every rule whose first word fits: what the cached candidates must agree with. */
    static String reasonToSkipByEveryRule(String statement) {
        String head = head(statement);
        for (Rule rule : byFirstWord(head)) {
            if ((rule.needle() == null || head.contains(rule.needle())) && rule.pattern().matcher(head).lookingAt()) {
                return rule.reason();
            }
        }
        return null;
    }

    /**
     * The rules that can match a statement with this head, in order. Every statement of a dump passes here, and most
     * start with the same two words (CREATE TABLE, ALTER TABLE, CREATE INDEX, COMMENT ON): which rules can match a
     * statement starting with those two words is worked out once — a rule that fails on the two words without reaching
     * their end ({@link Matcher#hitEnd}) fails on anything that starts with them — and kept, so a statement tries only
     * the few rules that can match it instead of a regular expression per rule of its first word.
     */
    private static List<Rule> candidates(String head) {
        int first = head.indexOf(' ');
        int second = first < 0 ? -1 : head.indexOf(' ', first + 1);
        if (second < 0) {
            return byFirstWord(head);
        }
        String twoWords = head.substring(0, second + 1);
        List<Rule> known = BY_TWO_WORDS.get(twoWords);
        if (known != null) {
            return known;
        }
        List<Rule> possible = new ArrayList<>();
        for (Rule rule : byFirstWord(head)) {
            Matcher m = rule.pattern().matcher(twoWords);
            if (m.lookingAt() || m.hitEnd()) {
                possible.add(rule);
            }
        }
        if (BY_TWO_WORDS.size() < MAX_KEPT) {
            // SET and the like vary in their second word: the kept lists stay few
            BY_TWO_WORDS.put(twoWords, List.copyOf(possible));
        }
        return possible;
    }

    private static final int MAX_KEPT = 1000;
    private static final java.util.Map<String, List<Rule>> BY_TWO_WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The rules whose statements can start with the head's first word. */
    private static List<Rule> byFirstWord(String head) {
        Matcher first = LEADING_WORD.matcher(head);
        String word = first.find() ? first.group() : "";
        List<Rule> rules = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule.firstWords() == null || rule.firstWords().contains(word)) {
                rules.add(rule);
            }
        }
        return rules;
    }

}
