package org.schemaboard.diagram;

import java.util.List;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.relationship.Relationship;

/**
 * The end symbols of a relationship line in crow's-foot notation, in the text ERD's spelling as seen from the line:
 * {@code ||} exactly one, {@code o|} zero or one, {@code o{} zero or many ({@code }o} at the left end).
 */
public enum CrowsFoot {
    ONE("||", "exactly one"), ZERO_OR_ONE("o|", "zero or one"), ZERO_OR_MANY("o{", "zero or many");

    private final String notation;
    private final String meaning;

    CrowsFoot(String notation, String meaning) {
        this.notation = notation;
        this.meaning = meaning;
    }

    public String notation() {
        return notation;
    }

    public String meaning() {
        return meaning;
    }

    /** The symbol at the referenced ({@code from}) end: optional when a foreign key column may be null. */
    public static CrowsFoot fromEnd(DesignModel model, Relationship r) {
        return fromEnd(model.attributesById(), r);
    }

    static CrowsFoot fromEnd(java.util.Map<java.util.UUID, Attribute> attributes, Relationship r) {
        if (r.cardinality() == Cardinality.MANY_TO_MANY) {
            return ZERO_OR_MANY;
        }
        boolean optional = r.columns().stream().map(c -> attributes.get(c.toAttributeId()))
                .anyMatch(a -> a == null || a.nullable());
        return optional ? ZERO_OR_ONE : ONE;
    }

    /** The symbol at the referencing ({@code to}) end. */
    public static CrowsFoot toEnd(Relationship r) {
        return r.cardinality() == Cardinality.ONE_TO_ONE ? ZERO_OR_ONE : ZERO_OR_MANY;
    }

    /** The SVG path data of this symbol at {@code p} on a box border, the line leaving the box towards (dx, dy). */
    String path(Point p, int dx, int dy) {
        StringBuilder d = new StringBuilder();
        switch (this) {
            case ONE -> {
                bar(d, p, dx, dy, 7);
                bar(d, p, dx, dy, 13);
            }
            case ZERO_OR_ONE -> bar(d, p, dx, dy, 7);
            case ZERO_OR_MANY -> {
                int nx = -dy;
                int ny = dx;
                double tipX = p.x() + dx * 14.0;
                double tipY = p.y() + dy * 14.0;
                for (int side : List.of(-1, 0, 1)) {
                    d.append('M').append(fmt(tipX)).append(',').append(fmt(tipY))
                            .append('L').append(fmt(p.x() + nx * 8.0 * side)).append(',')
                            .append(fmt(p.y() + ny * 8.0 * side));
                }
            }
        }
        return d.toString();
    }

    /** Where the small circle of an optional end goes (null: none). */
    double[] circle(Point p, int dx, int dy) {
        return switch (this) {
            case ONE -> null;
            case ZERO_OR_ONE -> new double[] {p.x() + dx * 17.5, p.y() + dy * 17.5};
            case ZERO_OR_MANY -> new double[] {p.x() + dx * 19.5, p.y() + dy * 19.5};
        };
    }

    private static void bar(StringBuilder d, Point p, int dx, int dy, int at) {
        double cx = p.x() + dx * (double) at;
        double cy = p.y() + dy * (double) at;
        d.append('M').append(fmt(cx - dy * 7.0)).append(',').append(fmt(cy + dx * 7.0))
                .append('L').append(fmt(cx + dy * 7.0)).append(',').append(fmt(cy - dx * 7.0));
    }

    static String fmt(double v) {
        long r = Math.round(v * 10);
        return r % 10 == 0 ? Long.toString(r / 10) : Double.toString(r / 10.0);
    }

}
