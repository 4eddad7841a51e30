package org.schemaboard.importing.er;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The crow's-foot relationship line both Mermaid and PlantUML write: {@code A ||--o{ B : label}, left end {@code |o ||
 * }o }|}, a solid ({@code --}, identifying) or dashed ({@code ..}) line, right end {@code o| || o{ |{}.
 */
final class CrowsFootArrow {

    private static final Pattern LINE = Pattern.compile(
            "^\\s*(\"[^\"]+\"|[A-Za-z_][\\w.$-]*)\\s+(\\|o|\\|\\||\\}o|\\}\\|)(--|\\.\\.)(o\\||\\|\\||o\\{|\\|\\{)\\s+"
                    + "(\"[^\"]+\"|[A-Za-z_][\\w.$-]*)\\s*(?::\\s*(.*?))?\\s*$");
    /** Something that looks like a relationship (two names around dashes or dots), to say what is wrong with it. */
    private static final Pattern LOOKS_LIKE = Pattern.compile("^\\s*\\S+\\s+\\S*(--|\\.\\.)\\S*\\s+\\S+.*$");

    private CrowsFootArrow() {
    }

    static boolean looksLikeRelationship(String text) {
        return LOOKS_LIKE.matcher(text).matches();
    }

    /** The relationship on the line, or a syntax error naming where the ends go wrong. */
    static ErDocument.Relationship parse(String text, int line) {
        Matcher m = LINE.matcher(text);
        if (!m.matches()) {
            int at = text.indexOf("--") >= 0 ? text.indexOf("--") : Math.max(0, text.indexOf(".."));
            int start = Math.max(0, text.lastIndexOf(' ', at) + 1);
            throw new ErSyntaxException(line, start + 1, "a relationship is written A ||--o{ B : label; the ends are "
                    + "|o || }o }| on the left and o| || o{ |{ on the right, the line -- or ..");
        }
        String label = m.group(6) == null ? null : unquote(m.group(6).strip());
        return new ErDocument.Relationship(unquote(m.group(1)), end(m.group(2)), unquote(m.group(5)), end(m.group(4)),
                m.group(3).equals("--"), label == null || label.isEmpty() ? null : label, line, m.start(1) + 1);
    }

    private static ErDocument.End end(String token) {
        return switch (token) {
            case "|o", "o|" -> ErDocument.End.ZERO_OR_ONE;
            case "||" -> ErDocument.End.EXACTLY_ONE;
            case "}o", "o{" -> ErDocument.End.ZERO_OR_MORE;
            default -> ErDocument.End.ONE_OR_MORE;
        };
    }

    static String unquote(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1,
                text.length() - 1) : text;
    }
}
