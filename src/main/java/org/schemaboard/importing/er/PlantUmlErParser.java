package org.schemaboard.importing.er;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PlantUML entity-relationship diagram (Information Engineering notation): {@code entity "name" as alias {
 * ... }} blocks whose lines are {@code [*] name : TYPE [<<PK>>] [<<FK>>] [<<UK>>]} ({@code *} is NOT NULL; {@code
 * --}, {@code ..} and {@code ==} separate key from other columns), and crow's-foot relationships between names or
 * aliases. Comments, {@code skinparam}, {@code hide}/{@code show}, {@code title} and layout lines are passed over.
 */
final class PlantUmlErParser {

    private static final Pattern ENTITY = Pattern.compile("^\\s*entity\\s+(\"[^\"]+\"|[A-Za-z_][\\w.$-]*)"
            + "(?:\\s+as\\s+([A-Za-z_][\\w.$-]*))?\\s*(?:<<[^>]*>>)?\\s*(?:#\\w+)?\\s*(\\{)?\\s*(})?\\s*$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^\\s*(\\*)?\\s*(\"[^\"]+\"|[A-Za-z_][\\w$-]*)\\s*:"
            + "\\s*([^<]*?)\\s*((?:<<\\s*\\w+\\s*>>\\s*)*)$");
    private static final Pattern STEREOTYPE = Pattern.compile("<<\\s*(\\w+)\\s*>>");
    private static final List<String> PASSED_OVER = List.of("skinparam", "hide", "show", "title", "left to right",
            "top to bottom", "!", "scale", "caption", "header", "footer", "legend", "endlegend");

    private PlantUmlErParser() {
    }

    static ErDocument parse(String text) {
        String[] lines = text.split("\\R", -1);
        Map<String, ErDocument.Entity> entities = new LinkedHashMap<>();
        Map<String, String> aliases = new HashMap<>();
        List<ErDocument.Relationship> relationships = new ArrayList<>();
        String open = null;
        int openLine = 0;
        boolean inComment = false;
        List<ErDocument.Attribute> attributes = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            String raw = lines[i];
            String t = raw.strip();
            if (inComment) {
                inComment = !t.endsWith("'/");
                continue;
            }
            if (t.startsWith("/'")) {
                inComment = !t.endsWith("'/") || t.length() < 4;
                continue;
            }
            if (t.isEmpty() || t.startsWith("'") || t.equals("@startuml") || t.startsWith("@startuml ")) {
                continue;
            }
            if (t.equals("@enduml")) {
                break;
            }
            if (open != null) {
                if (t.equals("}")) {
                    entities.put(open, new ErDocument.Entity(open, attributes, openLine));
                    open = null;
                    attributes = new ArrayList<>();
                    continue;
                }
                if (t.matches("^(--+|\\.\\.+|==+|__+)(.*\\1)?$")) {
                    continue;
                }
                Matcher a = ATTRIBUTE.matcher(raw);
                if (!a.matches() || a.group(3).isBlank()) {
                    throw new ErSyntaxException(line, MermaidErParser.indent(raw) + 1, "an attribute is written: "
                            + "[*] name : TYPE [<<PK>>] [<<FK>>] [<<UK>>], or } to close " + open);
                }
                List<String> keys = new ArrayList<>();
                Matcher s = STEREOTYPE.matcher(a.group(4));
                while (s.find()) {
                    String key = s.group(1).toUpperCase(Locale.ROOT);
                    if (List.of("PK", "FK", "UK").contains(key)) {
                        keys.add(key);
                    }
                }
                attributes.add(new ErDocument.Attribute(CrowsFootArrow.unquote(a.group(2)), a.group(3).strip(), keys,
                        null, a.group(1) != null, line));
                continue;
            }
            String lower = t.toLowerCase(Locale.ROOT);
            if (PASSED_OVER.stream().anyMatch(lower::startsWith)) {
                continue;
            }
            Matcher entity = ENTITY.matcher(raw);
            if (entity.matches()) {
                String name = CrowsFootArrow.unquote(entity.group(1));
                aliases.put(entity.group(2) != null ? entity.group(2) : name, name);
                aliases.put(name, name);
                if (entity.group(3) != null && entity.group(4) == null) {
                    open = name;
                    openLine = line;
                } else {
                    entities.putIfAbsent(name, new ErDocument.Entity(name, List.of(), line));
                }
                continue;
            }
            if (CrowsFootArrow.looksLikeRelationship(raw)) {
                ErDocument.Relationship r = CrowsFootArrow.parse(raw, line);
                relationships.add(new ErDocument.Relationship(aliases.getOrDefault(r.left(), r.left()), r.leftEnd(),
                        aliases.getOrDefault(r.right(), r.right()), r.rightEnd(), r.identifying(), r.label(), line,
                        r.column()));
                continue;
            }
            throw new ErSyntaxException(line, MermaidErParser.indent(raw) + 1, "expected entity NAME { … }, a "
                    + "relationship (A ||--o{ B : label) or a ' comment");
        }
        if (open != null) {
            throw new ErSyntaxException(openLine, 1, "the attributes of " + open + " are not closed with }");
        }
        if (inComment) {
            throw new ErSyntaxException(lines.length, 1, "a /' comment is not closed with '/");
        }
        if (entities.isEmpty()) {
            throw new ErSyntaxException(1, 1, "the diagram declares no entity (entity NAME { … })");
        }
        return new ErDocument(List.copyOf(entities.values()), relationships);
    }
}
