package org.schemaboard.importing.er;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Mermaid {@code erDiagram}: entity blocks ({@code NAME { type name PK, FK "comment" }}, an optional
 * {@code NAME["alias"]}), bare entity names, and relationships in crow's-foot notation. Comments ({@code %%}),
 * front matter, {@code title} and {@code direction} are passed over. Anything else stops the read with its line and
 * column.
 */
final class MermaidErParser {

    private static final Pattern BLOCK = Pattern.compile("^\\s*([A-Za-z_][\\w-]*)(?:\\[\\s*\"?[^\\]\"]*\"?\\s*])?"
            + "\\s*\\{\\s*$");
    private static final Pattern BARE = Pattern.compile("^\\s*([A-Za-z_][\\w-]*)(?:\\[\\s*\"?[^\\]\"]*\"?\\s*])?\\s*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^\\s*([A-Za-z][\\w\\-()\\[\\],]*)\\s+(\\*?[A-Za-z_]"
            + "[\\w-]*)((?:\\s+(?:PK|FK|UK)(?:\\s*,\\s*(?:PK|FK|UK))*)?)(?:\\s+\"([^\"]*)\")?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private MermaidErParser() {
    }

    static ErDocument parse(String text) {
        String[] lines = text.split("\\R", -1);
        Map<String, ErDocument.Entity> entities = new LinkedHashMap<>();
        List<ErDocument.Relationship> relationships = new ArrayList<>();
        boolean started = false;
        boolean frontMatter = false;
        String open = null;
        int openLine = 0;
        List<ErDocument.Attribute> attributes = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String raw = lines[i];
            String t = raw.strip();
            if (t.isEmpty() || t.startsWith("%%")) {
                continue;
            }
            if (!started) {
                if (t.equals("---")) {
                    frontMatter = !frontMatter;
                    continue;
                }
                if (frontMatter) {
                    continue;
                }
                if (!t.equals("erDiagram")) {
                    throw new ErSyntaxException(line, indent(raw) + 1, "a Mermaid ER diagram starts with erDiagram");
                }
                started = true;
                continue;
            }
            if (open != null) {
                if (t.equals("}")) {
                    add(entities, new ErDocument.Entity(open, attributes, openLine));
                    open = null;
                    attributes = new ArrayList<>();
                    continue;
                }
                Matcher a = ATTRIBUTE.matcher(raw);
                if (!a.matches()) {
                    throw new ErSyntaxException(line, indent(raw) + 1, "an attribute is written: type name [PK, FK, UK]"
                            + " [\"comment\"], or } to close " + open);
                }
                List<String> keys = a.group(3).isBlank() ? List.of() : List.of(a.group(3).strip()
                        .toUpperCase(Locale.ROOT).split("\\s*,\\s*"));
                String name = a.group(2).startsWith("*") ? a.group(2).substring(1) : a.group(2);
                attributes.add(new ErDocument.Attribute(name, a.group(1), keys, a.group(4), false, line));
                continue;
            }
            if (t.startsWith("title ") || t.startsWith("direction ") || t.startsWith("accTitle")
                    || t.startsWith("accDescr")) {
                continue;
            }
            Matcher block = BLOCK.matcher(raw);
            if (block.matches()) {
                open = block.group(1);
                openLine = line;
                continue;
            }
            Matcher bare = BARE.matcher(raw);
            if (bare.matches()) {
                add(entities, new ErDocument.Entity(bare.group(1), List.of(), line));
                continue;
            }
            if (CrowsFootArrow.looksLikeRelationship(raw)) {
                relationships.add(CrowsFootArrow.parse(raw, line));
                continue;
            }
            throw new ErSyntaxException(line, indent(raw) + 1, "expected an entity (NAME or NAME {), a relationship "
                    + "(A ||--o{ B : label) or a %% comment");
        }
        if (!started) {
            throw new ErSyntaxException(1, 1, "a Mermaid ER diagram starts with erDiagram; the file is empty");
        }
        if (open != null) {
            throw new ErSyntaxException(openLine, 1, "the attributes of " + open + " are not closed with }");
        }
        return new ErDocument(List.copyOf(entities.values()), relationships);
    }

    /** A second block of the same entity adds attributes, as Mermaid draws it. */
    private static void add(Map<String, ErDocument.Entity> entities, ErDocument.Entity entity) {
        entities.merge(entity.name(), entity, (a, b) -> {
            List<ErDocument.Attribute> all = new ArrayList<>(a.attributes());
            all.addAll(b.attributes());
            return new ErDocument.Entity(a.name(), all, a.line());
        });
    }

    static int indent(String raw) {
        int n = 0;
        while (n < raw.length() && Character.isWhitespace(raw.charAt(n))) {
            n++;
        }
        return n;
    }
}
