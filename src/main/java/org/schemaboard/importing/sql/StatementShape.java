package org.schemaboard.importing.sql;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a dump's statement is, decided in the reader's order: partitions, user types, statements skipped by
 * {@link StatementFilter}, views, pg_dump's nextval defaults, CREATE TABLE, CREATE INDEX, and anything else (handed to
 * jOOQ as it is). Both of the reader's threads ask this for every statement, so each regular expression is only tried
 * when the statement's first two words (and, for a few, a word it must contain) allow it to match: most statements of
 * a dump then cost two short word reads and one look-up instead of a dozen regular expressions.
 */
final class StatementShape {

    enum Kind { PARTITION_OF, ATTACH_PARTITION, DOMAIN, ENUM_TYPE, SKIPPED, VIEW, SERIAL_DEFAULT, CREATE_TABLE,
        CREATE_INDEX, OTHER }

    /**
     * @param match  the matcher that recognised the statement, its groups ready (null for SKIPPED, CREATE_INDEX, OTHER)
     * @param reason why a SKIPPED statement is skipped
     */
    record Shape(Kind kind, Matcher match, String reason) {
    }

    static final Pattern PARTITION_OF = Pattern.compile("(?is)^CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
            + "(\\S+)\\s+PARTITION\\s+OF\\s+([^\\s(]+)\\s*(?:\\(.*?\\)\\s*)?(FOR\\s+VALUES\\s+.*?|DEFAULT)"
            + "(?:\\s+PARTITION\\s+BY\\s+(\\w+)\\s*\\((.*)\\))?\\s*$");
    static final Pattern ATTACH_PARTITION = Pattern.compile("(?is)^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?"
            + "(?:ONLY\\s+)?(\\S+)\\s+ATTACH\\s+PARTITION\\s+(\\S+)\\s+(FOR\\s+VALUES\\s+.*|DEFAULT)\\s*$");
    static final Pattern CREATE_DOMAIN = Pattern.compile("(?is)^CREATE\\s+DOMAIN\\s+(\\S+)\\s+(?:AS\\s+)?(.+?)"
            + "(?:\\s+(?:COLLATE|DEFAULT|NOT\\s+NULL|NULL|CONSTRAINT|CHECK)\\b.*)?$");
    static final Pattern CREATE_ENUM = Pattern.compile("(?is)^CREATE\\s+TYPE\\s+(\\S+)\\s+AS\\s+ENUM\\s*\\((.*)\\)\\s*$");
    static final Pattern VIEW = Pattern.compile("(?is)^CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:TEMP(?:ORARY)?\\s+)?"
            + "(?:MATERIALIZED\\s+)?(?:ALGORITHM\\s*=\\s*\\w+\\s+)?(?:DEFINER\\s*=\\s*\\S+\\s+)?"
            + "(?:SQL\\s+SECURITY\\s+\\w+\\s+)?VIEW\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\S+?)(?:\\s|\\().*");
    static final Pattern SET_NEXTVAL = Pattern.compile("(?is)^ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?"
            + "(\\S+)\\s+ALTER\\s+(?:COLUMN\\s+)?(\\S+)\\s+SET\\s+DEFAULT\\s+nextval\\s*\\(.*");
    /** The start of a CREATE TABLE up to its name (group 1); what follows the name does not matter. */
    static final Pattern CREATE_TABLE = Pattern.compile("(?is)^CREATE\\s+(?:(?:GLOBAL\\s+|LOCAL\\s+)?"
            + "(?:TEMP|TEMPORARY)\\s+|UNLOGGED\\s+|MEMORY\\s+|CACHED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([^\\s(]+)");
    private static final Pattern CREATE_INDEX = Pattern.compile("(?is)^CREATE\\s+(UNIQUE\\s+)?INDEX\\b");

    private static final Set<String> BEFORE_VIEW = Set.of("OR", "TEMP", "TEMPORARY", "MATERIALIZED", "ALGORITHM",
            "DEFINER", "SQL", "VIEW");
    private static final Set<String> BEFORE_TABLE = Set.of("GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED",
            "MEMORY", "CACHED", "TABLE");

    private StatementShape() {
    }

    static Shape of(String text) {
        int end1 = wordEnd(text, wordStart(text, 0));
        String first = word(text, wordStart(text, 0), end1);
        String second = word(text, wordStart(text, end1), wordEnd(text, wordStart(text, end1)));
        boolean create = first.equals("CREATE");
        boolean alterTable = first.equals("ALTER") && second.equals("TABLE");
        Matcher m;
        if (create && second.equals("TABLE") && contains(text, "PARTITION")
                && (m = StatementShape.PARTITION_OF.matcher(text)).matches()) {
            return new Shape(Kind.PARTITION_OF, m, null);
        }
        if (alterTable && contains(text, "ATTACH") && (m = ATTACH_PARTITION.matcher(text)).matches()) {
            return new Shape(Kind.ATTACH_PARTITION, m, null);
        }
        if (create && second.equals("DOMAIN") && (m = CREATE_DOMAIN.matcher(text)).matches()) {
            return new Shape(Kind.DOMAIN, m, null);
        }
        if (create && second.equals("TYPE") && (m = CREATE_ENUM.matcher(text)).matches()) {
            return new Shape(Kind.ENUM_TYPE, m, null);
        }
        String reason = StatementFilter.reasonToSkip(text);
        if (reason != null) {
            return new Shape(Kind.SKIPPED, null, reason);
        }
        if (create && BEFORE_VIEW.contains(second) && (m = VIEW.matcher(text)).matches()) {
            return new Shape(Kind.VIEW, m, null);
        }
        if (alterTable && contains(text, "NEXTVAL") && (m = SET_NEXTVAL.matcher(text)).matches()) {
            return new Shape(Kind.SERIAL_DEFAULT, m, null);
        }
        if (create && BEFORE_TABLE.contains(second) && (m = CREATE_TABLE.matcher(text)).lookingAt()) {
            return new Shape(Kind.CREATE_TABLE, m, null);
        }
        if (create && (second.equals("UNIQUE") || second.equals("INDEX")) && CREATE_INDEX.matcher(text).lookingAt()) {
            return new Shape(Kind.CREATE_INDEX, null, null);
        }
        return new Shape(Kind.OTHER, null, null);
    }

    /**
     * Whether {@code text} holds {@code word} (upper case) in any case: a superset of what a case-insensitive regular
     * expression naming the word can match, to decide cheaply whether it is worth trying.
     */
    static boolean contains(String text, String word) {
        char first = word.charAt(0);
        for (int i = 0, last = text.length() - word.length(); i <= last; i++) {
            char c = text.charAt(i);
            if (c > 127 ? text.regionMatches(true, i, word, 0, word.length())
                    : (c & 0xDF) == first && sameAscii(text, i + 1, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word}'s characters after its first stand at {@code from}, ASCII letters in either case. */
    private static boolean sameAscii(String text, int from, String word) {
        for (int k = 1; k < word.length(); k++) {
            char c = text.charAt(from + k - 1);
            if (c > 127) {
                return text.regionMatches(true, from - 1, word, 0, word.length());
            }
            if ((c & 0xDF) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Past the white space from {@code from} (what {@code \s} matches). */
    private static int wordStart(String text, int from) {
        int i = from;
        while (i < text.length() && " \t\n\r\f\u000B".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** The end of the run of ASCII letters and underscores from {@code from}. */
    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == '_' || (text.charAt(i) | 0x20) >= 'a'
                && (text.charAt(i) | 0x20) <= 'z')) {
            i++;
        }
        return i;
    }

    private static String word(String text, int from, int to) {
        StringBuilder word = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            word.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return word.toString();
    }
}
