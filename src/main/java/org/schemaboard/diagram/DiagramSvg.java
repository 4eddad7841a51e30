package org.schemaboard.diagram;

import static org.schemaboard.diagram.CrowsFoot.fmt;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.schemaboard.model.entity.Attribute;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.entity.Entity;
import org.schemaboard.model.relationship.Relationship;

/**
 * Draws one view of a design as a self-contained SVG document (styles inside, no scripts, no external fonts), the
 * same for the editor, the downloads and the HTML specification. A pure function of the model and the layout.
 *
 * <p>Notation: boxes with a header coloured by kind; lines in crow's-foot notation, the referenced entity's end
 * {@code ||} (or {@code o|} when the foreign key may be null), the referencing end {@code o{} ({@code o|} for 1:1).
 * Identifying relationships are solid, non-identifying ones dashed, many-to-many ones dotted.
 */
public final class DiagramSvg {

    static final int LABEL_HEIGHT = 16;
    static final double LABEL_CHAR = 6.7;   // 11px monospace
    static final int MARGIN = 24;
    static final int LEGEND = 34;

    private static final String STYLE = """
            .sb-erd{font-family:'DejaVu Sans Mono','Liberation Mono',Menlo,Consolas,monospace;font-size:12px}
            .sb-erd .bg{fill:#fff}
            .sb-box .frame{fill:#fff;stroke:#5f6b7a;stroke-width:1.2}
            .sb-box .head{fill:#dde8fb}
            .sb-kind-lookup .head{fill:#e1f3e6}.sb-kind-junction .head{fill:#fbefd6}.sb-kind-audit .head{fill:#ececec}
            .sb-box .sep{stroke:#5f6b7a;stroke-width:1}
            .sb-box .name{font-weight:bold;font-size:13px;fill:#1b2430}
            .sb-box .kind{font-size:10px;fill:#5b6573;font-style:italic}
            .sb-box .col{fill:#1b2430}.sb-box .type{fill:#6a7380}.sb-box .marker{fill:#a35200;font-size:10px;font-weight:bold}
            .sb-box .pk{font-weight:bold;text-decoration:underline}.sb-box .more{fill:#6a7380;font-style:italic}
            .sb-rel .line{fill:none;stroke:#4a5563;stroke-width:1.4;stroke-dasharray:6 4}
            .sb-rel.identifying .line{stroke-dasharray:none;stroke-width:1.8}
            .sb-rel.nm .line{stroke-dasharray:2 4;stroke:#7b5ea7}
            .sb-rel .end{fill:none;stroke:#4a5563;stroke-width:1.4}.sb-rel .opt{fill:#fff;stroke:#4a5563;stroke-width:1.3}
            .sb-rel .hit{fill:none;stroke:transparent;stroke-width:10}
            .sb-label rect{fill:#fff;fill-opacity:.9;stroke:#c7ccd3;stroke-width:.6}
            .sb-label text{font-size:11px;fill:#303a46;text-anchor:middle}
            .sb-legend{font-size:11px;fill:#4a5563}
            .sb-problem circle{fill:#1676f3}.sb-problem-error circle{fill:#e3262f}.sb-problem-warning circle{fill:#f5a300}
            .sb-problem text{fill:#fff;font-size:10px;font-weight:bold;text-anchor:middle}
            .sb-erd .hl .line,.sb-erd .hl .end,.sb-erd .hl .opt{stroke:#1565c0;stroke-width:2.6}
            .sb-erd .sb-box.hl .frame,.sb-erd .sb-box.selected .frame{stroke:#1565c0;stroke-width:2.6}
            .sb-erd.focus .sb-rel:not(.hl),.sb-erd.focus .sb-label:not(.hl){opacity:.18}
            """;

    /** An entity's open problems for its box: the worst severity ("error", "warning", "info"), how many, their text. */
    public record ProblemMark(String severity, int count, String text) {
    }

    private DiagramSvg() {
    }

    /** The SVG of the entities placed by the layout and the relationships among them. */
    public static String svg(DesignModel model, DiagramLayout layout) {
        return svg(model, layout, Map.of());
    }

    /** The same, with a problem marker in the header of each entity that has open problems (the editor's picture). */
    public static String svg(DesignModel model, DiagramLayout layout, Map<UUID, ProblemMark> problems) {
        Map<UUID, EntityFigure> figures = EntityFigure.of(model, layout.boxes().keySet());
        Map<UUID, Attribute> attributes = model.attributesById();
        Map<UUID, Route> routes = effectiveRoutes(model, layout);
        Map<UUID, String> names = new HashMap<>();
        model.entities().forEach(e -> names.put(e.id(), e.name()));

        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (UUID id : figures.keySet()) {
            Box b = layout.boxes().get(id);
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.right());
            maxY = Math.max(maxY, b.bottom());
        }
        for (Route r : routes.values()) {
            for (Point p : r.points()) {
                minX = Math.min(minX, p.x() - 10);
                minY = Math.min(minY, p.y() - 10);
                maxX = Math.max(maxX, p.x() + 10);
                maxY = Math.max(maxY, p.y() + 10);
            }
        }
        if (figures.isEmpty()) {
            minX = minY = 0;
            maxX = 320;
            maxY = 60;
        }
        int vx = minX - MARGIN;
        int vy = minY - MARGIN;
        int vw = Math.max(maxX - minX + 2 * MARGIN, 820);
        int vh = maxY - minY + 2 * MARGIN + LEGEND;

        StringBuilder out = new StringBuilder(4096 + figures.size() * 1500);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sb-erd\" role=\"img\" aria-label=\"")
                .append(esc("Entity-relationship diagram of " + model.name())).append("\" width=\"").append(vw)
                .append("\" height=\"").append(vh).append("\" viewBox=\"").append(vx).append(' ').append(vy)
                .append(' ').append(vw).append(' ').append(vh).append("\" data-entities=\"").append(figures.size())
                .append("\" data-relationships=\"").append(routes.size()).append("\">\n");
        out.append("<title>").append(esc(model.name())).append("</title>\n");
        out.append("<style>").append(STYLE).append("</style>\n");
        out.append("<rect class=\"bg\" x=\"").append(vx).append("\" y=\"").append(vy).append("\" width=\"")
                .append(vw).append("\" height=\"").append(vh).append("\"/>\n");

        StringBuilder labels = new StringBuilder();
        out.append("<g class=\"sb-edges\">\n");
        for (Relationship r : model.relationships()) {
            Route route = routes.get(r.id());
            if (route != null) {
                edge(out, labels, names, attributes, r, route);
            }
        }
        out.append("</g>\n<g class=\"sb-labels\">\n").append(labels).append("</g>\n<g class=\"sb-boxes\">\n");
        for (Entity e : model.entities()) {
            EntityFigure f = figures.get(e.id());
            if (f != null) {
                box(out, e, f, layout.boxes().get(e.id()), problems.get(e.id()));
            }
        }
        out.append("</g>\n");
        legend(out, vx + MARGIN, vy + vh - LEGEND / 2 + 2);
        out.append("</svg>\n");
        return out.toString();
    }

    /** The route each shown relationship is drawn along: the layout's when it still meets both boxes, else our own. */
    static Map<UUID, Route> effectiveRoutes(DesignModel model, DiagramLayout layout) {
        Map<UUID, Route> routes = new java.util.LinkedHashMap<>();
        Map<String, Integer> lanes = new HashMap<>();
        Map<String, Integer> pairs = new HashMap<>();
        for (Relationship r : model.relationships()) {
            if (layout.shows(r.fromEntityId()) && layout.shows(r.toEntityId())) {
                pairs.merge(pairKey(r), 1, Integer::sum);
            }
        }
        for (Relationship r : model.relationships()) {
            Box from = layout.boxes().get(r.fromEntityId());
            Box to = layout.boxes().get(r.toEntityId());
            if (from == null || to == null) {
                continue;
            }
            Route given = layout.routes().get(r.id());
            String key = pairKey(r);
            int index = lanes.merge(key, 1, Integer::sum) - 1;
            if (given != null && !from.equals(to) && from.onBorder(given.first(), 3) && to.onBorder(given.last(), 3)) {
                routes.put(r.id(), given);
            } else {
                int count = pairs.get(key);
                int lane = from.equals(to) ? index : index * 2 - (count - 1);
                routes.put(r.id(), EdgeRouter.route(from, to, from.equals(to) ? lane : lane));
            }
        }
        return routes;
    }

    private static String pairKey(Relationship r) {
        return r.fromEntityId().compareTo(r.toEntityId()) < 0 ? r.fromEntityId() + "|" + r.toEntityId()
                : r.toEntityId() + "|" + r.fromEntityId();
    }

    /** What the line says: the relationship's label, else nothing (its name is in the tooltip). */
    static String labelOf(Relationship r) {
        return r.label() == null || r.label().isBlank() ? "" : EntityFigure.shorten(r.label().strip(), 32);
    }

    static int labelWidth(String text) {
        return (int) Math.ceil(text.length() * LABEL_CHAR) + 10;
    }

    private static void edge(StringBuilder out, StringBuilder labels, Map<UUID, String> names,
                             Map<UUID, Attribute> attributes, Relationship r, Route route) {
        CrowsFoot fromEnd = CrowsFoot.fromEnd(attributes, r);
        CrowsFoot toEnd = CrowsFoot.toEnd(r);
        String kind = r.cardinality() == Cardinality.MANY_TO_MANY ? " nm" : r.identifying() ? " identifying" : "";
        String from = names.get(r.fromEntityId());
        String to = names.get(r.toEntityId());
        String label = labelOf(r);
        out.append("<g class=\"sb-rel").append(kind).append("\" data-id=\"").append(r.id()).append("\" data-from=\"")
                .append(r.fromEntityId()).append("\" data-to=\"").append(r.toEntityId())
                .append("\" data-cardinality=\"").append(r.cardinality().label()).append("\" data-from-end=\"")
                .append(esc(fromEnd.notation())).append("\" data-to-end=\"").append(esc(toEnd.notation()))
                .append("\" data-name=\"").append(esc(r.name() == null ? "" : r.name())).append("\">");
        out.append("<title>").append(esc(from + " " + r.cardinality().label() + " " + to
                + (label.isEmpty() ? "" : " — " + r.label().strip()) + " (" + fromEnd.meaning() + " " + from
                + " to " + toEnd.meaning() + " " + to + (r.identifying() ? ", identifying" : "") + ")"))
                .append("</title>");
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < route.points().size(); i++) {
            Point p = route.points().get(i);
            d.append(i == 0 ? 'M' : 'L').append(p.x()).append(',').append(p.y());
        }
        out.append("<path class=\"hit\" d=\"").append(d).append("\"/>");
        out.append("<path class=\"line\" d=\"").append(d).append("\"/>");
        List<Point> pts = route.points();
        int[] startDir = direction(pts.get(0), pts.get(1));
        int[] endDir = direction(pts.get(pts.size() - 1), pts.get(pts.size() - 2));
        out.append("<path class=\"end\" d=\"").append(fromEnd.path(pts.get(0), startDir[0], startDir[1]))
                .append(toEnd.path(pts.get(pts.size() - 1), endDir[0], endDir[1])).append("\"/>");
        circle(out, fromEnd.circle(pts.get(0), startDir[0], startDir[1]));
        circle(out, toEnd.circle(pts.get(pts.size() - 1), endDir[0], endDir[1]));
        out.append("</g>\n");
        if (!label.isEmpty()) {
            Point at = route.label() != null ? route.label() : middleOfLongestSegment(pts);
            int w = labelWidth(label);
            labels.append("<g class=\"sb-label\" data-rel=\"").append(r.id()).append("\"><rect x=\"")
                    .append(at.x() - w / 2).append("\" y=\"").append(at.y() - LABEL_HEIGHT / 2).append("\" width=\"")
                    .append(w).append("\" height=\"").append(LABEL_HEIGHT).append("\" rx=\"3\"/><text x=\"")
                    .append(at.x()).append("\" y=\"").append(at.y() + 4).append("\">").append(esc(label))
                    .append("</text></g>\n");
        }
    }

    private static void circle(StringBuilder out, double[] c) {
        if (c != null) {
            out.append("<circle class=\"opt\" cx=\"").append(fmt(c[0])).append("\" cy=\"").append(fmt(c[1]))
                    .append("\" r=\"4.5\"/>");
        }
    }

    /** The unit direction (axis-aligned where the line is) from a route's end point into the line. */
    static int[] direction(Point end, Point next) {
        int dx = next.x() - end.x();
        int dy = next.y() - end.y();
        if (Math.abs(dx) >= Math.abs(dy)) {
            return new int[] {dx >= 0 ? 1 : -1, 0};
        }
        return new int[] {0, dy > 0 ? 1 : -1};
    }

    static Point middleOfLongestSegment(List<Point> pts) {
        int best = 0;
        int bestLength = -1;
        for (int i = 0; i + 1 < pts.size(); i++) {
            int len = Math.abs(pts.get(i + 1).x() - pts.get(i).x()) + Math.abs(pts.get(i + 1).y() - pts.get(i).y());
            if (len > bestLength) {
                bestLength = len;
                best = i;
            }
        }
        Point a = pts.get(best);
        Point b = pts.get(best + 1);
        return new Point((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }

    private static void box(StringBuilder out, Entity e, EntityFigure f, Box b, ProblemMark problem) {
        out.append("<g class=\"sb-box sb-kind-").append(e.kind().name().toLowerCase(Locale.ROOT))
                .append("\" data-id=\"").append(e.id()).append("\" data-name=\"").append(esc(e.name()))
                .append("\" transform=\"translate(").append(b.x()).append(',').append(b.y()).append(")\">");
        out.append("<title>").append(esc(e.name() + " (" + f.kind() + ", " + e.attributes().size() + " columns)"
                + (e.purpose() == null || e.purpose().isBlank() ? "" : " — " + e.purpose().strip())))
                .append("</title>");
        int w = b.width();
        int h = b.height();
        out.append("<rect class=\"frame\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" rx=\"4\"/>");
        out.append("<path class=\"head\" d=\"M0.6,").append(EntityFigure.HEADER).append("V4.6Q0.6,0.6 4.6,0.6H")
                .append(fmt(w - 4.6)).append("Q").append(fmt(w - 0.6)).append(",0.6 ").append(fmt(w - 0.6))
                .append(",4.6V").append(EntityFigure.HEADER).append("Z\"/>");
        out.append("<text class=\"name\" x=\"").append(EntityFigure.PAD).append("\" y=\"18\">").append(esc(f.name()))
                .append("</text>");
        out.append("<text class=\"kind\" x=\"").append(EntityFigure.PAD).append("\" y=\"33\">")
                .append(esc(f.kind())).append("</text>");
        if (problem != null) {
            problemMark(out, problem, w);
        }
        out.append("<line class=\"sep\" x1=\"0\" y1=\"").append(EntityFigure.HEADER).append("\" x2=\"").append(w)
                .append("\" y2=\"").append(EntityFigure.HEADER).append("\"/>");
        int markerChars = f.rows().stream().mapToInt(r -> r.marker().length()).max().orElse(0);
        int nameX = EntityFigure.PAD + (int) Math.ceil(EntityFigure.markerColumn(markerChars) * EntityFigure.CHAR);
        int y = EntityFigure.HEADER;
        for (EntityFigure.Row row : f.rows()) {
            y += EntityFigure.ROW;
            out.append("<text class=\"col\" y=\"").append(y - 5).append("\">");
            if (!row.marker().isEmpty()) {
                out.append("<tspan class=\"marker\" x=\"").append(EntityFigure.PAD).append("\">")
                        .append(row.marker()).append("</tspan>");
            }
            out.append("<tspan x=\"").append(nameX).append('"')
                    .append(row.marker().startsWith("PK") ? " class=\"pk\"" : "").append('>').append(esc(row.name()))
                    .append("</tspan><tspan class=\"type\" x=\"").append(w - EntityFigure.PAD)
                    .append("\" text-anchor=\"end\">").append(esc(row.type() + (row.nullable() ? "" : " *")))
                    .append("</tspan></text>");
        }
        if (f.hidden() > 0) {
            y += EntityFigure.ROW;
            out.append("<text class=\"more\" x=\"").append(EntityFigure.PAD).append("\" y=\"").append(y - 5)
                    .append("\">+ ").append(f.hidden()).append(" more</text>");
        } else if (f.rows().isEmpty()) {
            y += EntityFigure.ROW;
            out.append("<text class=\"more\" x=\"").append(EntityFigure.PAD).append("\" y=\"").append(y - 5)
                    .append("\">no columns yet</text>");
        }
        out.append("</g>\n");
    }

    /** A round badge with the count at the header's right end, coloured by the worst severity; its text as tooltip. */
    private static void problemMark(StringBuilder out, ProblemMark p, int width) {
        String label = p.count() + (p.count() == 1 ? " problem" : " problems") + ", worst " + p.severity();
        out.append("<g class=\"sb-problem sb-problem-").append(esc(p.severity())).append("\" role=\"img\" aria-label=\"")
                .append(esc(label)).append("\" transform=\"translate(").append(width - 13).append(",13)\"><title>")
                .append(esc(label + ": " + p.text())).append("</title><circle r=\"9\"/><text y=\"4\">")
                .append(p.count() > 99 ? "99+" : String.valueOf(p.count())).append("</text></g>");
    }

    private static void legend(StringBuilder out, int x, int y) {
        out.append("<g class=\"sb-legend\" transform=\"translate(").append(x).append(',').append(y).append(")\">")
                .append("<g class=\"sb-rel identifying\"><path class=\"line\" d=\"M0,0H30\"/></g>")
                .append("<text x=\"36\" y=\"4\">identifying</text>")
                .append("<g class=\"sb-rel\"><path class=\"line\" d=\"M130,0H160\"/></g>")
                .append("<text x=\"166\" y=\"4\">non-identifying</text>")
                .append("<g class=\"sb-rel nm\"><path class=\"line\" d=\"M290,0H320\"/></g>")
                .append("<text x=\"326\" y=\"4\">many-to-many</text>")
                .append("<text x=\"440\" y=\"4\">|| one · o| zero or one · o{ zero or many · * not null</text>")
                .append("</g>\n");
    }

    static String esc(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
