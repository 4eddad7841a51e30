package org.schemaboard.diagram;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.relationship.Relationship;

/**
 * What one entity's box shows and how big it is. Text is set in a monospaced font so widths are known on the server
 * without font metrics: every character advances {@link #CHAR} (name: {@link #NAME_CHAR}).
 *
 * <p>A long table collapses to its key columns (primary and foreign key) and a "+ N more" line, so one wide table
 * does not dwarf the picture.
 */
public record EntityFigure(UUID entityId, String name, String kind, List<Row> rows, int hidden, int width,
                           int height) {

    /** One column line: marker ("PK", "FK", "PK FK" or ""), name and type, as shown (maybe shortened). */
    public record Row(String marker, String name, String type, boolean nullable) {
    }

    static final double CHAR = 7.3;          // 12px DejaVu Sans Mono advances 7.22px
    static final double NAME_CHAR = 8.0;     // 13px bold
    static final int HEADER = 40;
    static final int ROW = 18;
    static final int PAD = 10;
    static final int BOTTOM = 6;
    static final int MIN_WIDTH = 150;
    static final int MAX_NAME = 40;
    static final int MAX_COLUMN = 28;
    static final int MAX_TYPE = 26;
    /** Above this many columns a box shows only its key columns. */
    static final int COLLAPSE_ABOVE = 12;
    /** At most this many key columns of a collapsed box. */
    static final int MAX_KEYS = 10;

    public static EntityFigure of(Entity entity, Set<UUID> foreignKeyColumns) {
        List<Attribute> shown = entity.attributes();
        if (shown.size() > COLLAPSE_ABOVE) {
            shown = shown.stream().filter(a -> a.primaryKey() || foreignKeyColumns.contains(a.id()))
                    .limit(MAX_KEYS).toList();
        }
        int hidden = entity.attributes().size() - shown.size();
        List<Row> rows = new ArrayList<>();
        int markerChars = 0;
        int nameChars = 0;
        int typeChars = 0;
        for (Attribute a : shown) {
            boolean fk = foreignKeyColumns.contains(a.id());
            String marker = a.primaryKey() ? (fk ? "PK FK" : "PK") : fk ? "FK" : "";
            Row row = new Row(marker, shorten(a.name(), MAX_COLUMN), shorten(a.typeDisplay().toLowerCase(java.util.Locale.ROOT), MAX_TYPE),
                    a.nullable());
            rows.add(row);
            markerChars = Math.max(markerChars, marker.length());
            nameChars = Math.max(nameChars, row.name().length());
            typeChars = Math.max(typeChars, row.type().length() + (a.nullable() ? 0 : 2));
        }
        String name = shorten(entity.name(), MAX_NAME);
        String kind = entity.kind().label();
        int columnsWidth = (int) Math.ceil((markerColumn(markerChars) + nameChars + 2 + typeChars) * CHAR) + 2 * PAD;
        int nameWidth = (int) Math.ceil(name.length() * NAME_CHAR) + 2 * PAD;
        int width = roundUp(Math.max(MIN_WIDTH, Math.max(columnsWidth, nameWidth)), 10);
        int lines = rows.size() + (hidden > 0 ? 1 : 0);
        int height = HEADER + Math.max(lines, 1) * ROW + BOTTOM;
        return new EntityFigure(entity.id(), name, kind, List.copyOf(rows), hidden, width, height);
    }

    /** Figures of every entity of the model that the set names (null: all). */
    public static java.util.Map<UUID, EntityFigure> of(DesignModel model, Set<UUID> only) {
        Set<UUID> fks = foreignKeyColumns(model);
        java.util.Map<UUID, EntityFigure> figures = new java.util.LinkedHashMap<>();
        for (Entity e : model.entities()) {
            if (only == null || only.contains(e.id())) {
                figures.put(e.id(), of(e, fks));
            }
        }
        return figures;
    }

    static Set<UUID> foreignKeyColumns(DesignModel model) {
        Set<UUID> fks = new HashSet<>();
        for (Relationship r : model.relationships()) {
            r.columns().forEach(c -> fks.add(c.toAttributeId()));
        }
        return fks;
    }

    /** Characters reserved for the marker column: "PK FK" plus a space, or nothing when no row has a marker. */
    static int markerColumn(int markerChars) {
        return markerChars == 0 ? 0 : markerChars + 1;
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static int roundUp(int value, int step) {
        return (value + step - 1) / step * step;
    }
}
