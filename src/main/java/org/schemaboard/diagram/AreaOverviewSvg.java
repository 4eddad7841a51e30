package org.schemaboard.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.relationship.Relationship;

/**
 * The overview of a design too big for one readable picture: each subject area as one box (its name, how many
 * entities, the first few names), the entities in no area as one more box, and a line between two boxes for the
 * relationships that cross between them, labelled with their count. Boxes sit in a grid of at most
 * {@value #COLUMNS} columns, so the picture grows with the number of areas, not of entities.
 */
public final class AreaOverviewSvg {

    static final int COLUMNS = 4;
    private static final int WIDTH = 260;
    private static final int HEIGHT = 132;
    private static final int GAP_X = 90;
    private static final int GAP_Y = 80;
    private static final int SHOWN_NAMES = 5;
    /** An entity in no area is drawn in this box. */
    public static final String OTHERS = "Entities in no subject area";

    private AreaOverviewSvg() {
    }

    public static String svg(DesignModel model, List<SubjectArea> areas) {
        Map<String, List<UUID>> groups = new LinkedHashMap<>();
        Map<UUID, Integer> groupOf = new HashMap<>();
        for (SubjectArea area : areas) {
            List<UUID> members = area.entityIds().stream().filter(id -> model.entityName(id) != null).toList();
            groups.put(area.name(), members);
        }
        List<String> names = new ArrayList<>(groups.keySet());
        for (int g = 0; g < names.size(); g++) {
            for (UUID id : groups.get(names.get(g))) {
                groupOf.putIfAbsent(id, g);
            }
        }
        List<UUID> others = model.entities().stream().map(e -> e.id()).filter(id -> !groupOf.containsKey(id))
                .toList();
        if (!others.isEmpty()) {
            names.add(OTHERS);
            groups.put(OTHERS, others);
            others.forEach(id -> groupOf.put(id, names.size() - 1));
        }
        Map<Long, Integer> crossing = new LinkedHashMap<>();
        for (Relationship r : model.relationships()) {
            Integer a = groupOf.get(r.fromEntityId());
            Integer b = groupOf.get(r.toEntityId());
            if (a != null && b != null && !a.equals(b)) {
                crossing.merge(((long) Math.min(a, b) << 32) | Math.max(a, b), 1, Integer::sum);
            }
        }
        int columns = Math.min(COLUMNS, Math.max(1, names.size()));
        int rows = (names.size() + columns - 1) / columns;
        int width = DiagramSvg.MARGIN * 2 + columns * WIDTH + (columns - 1) * GAP_X;
        int height = DiagramSvg.MARGIN * 2 + rows * HEIGHT + Math.max(0, rows - 1) * GAP_Y + 24;
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"sb-erd sb-overview\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\" aria-label=\"Overview of ").append(DiagramSvg.esc(
                        model.name())).append(" by subject area\"><style>")
                .append(".sb-overview{font-family:'DejaVu Sans',Arial,sans-serif;font-size:12px}")
                .append(".sb-overview .frame{fill:#fff;stroke:#5f6b7a;stroke-width:1.2}")
                .append(".sb-overview .head{fill:#dde8fb}.sb-overview .name{font-weight:bold;font-size:14px}")
                .append(".sb-overview .count{fill:#5b6573}.sb-overview .link{stroke:#4a5563;stroke-width:1.4}")
                .append(".sb-overview .n{font-size:11px;fill:#303a46;text-anchor:middle}")
                .append(".sb-overview .nbg{fill:#fff;stroke:#c7ccd3}</style>")
                .append("<rect class=\"bg\" width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        crossing.forEach((pair, count) -> {
            int[] a = centre((int) (pair >> 32), columns);
            int[] b = centre((int) (pair & 0xffffffffL), columns);
            int mx = (a[0] + b[0]) / 2;
            int my = (a[1] + b[1]) / 2;
            String label = count + (count == 1 ? " relationship" : " relationships");
            int w = DiagramSvg.labelWidth(label);
            out.append("<g class=\"sb-link\"><line class=\"link\" x1=\"").append(a[0]).append("\" y1=\"").append(a[1])
                    .append("\" x2=\"").append(b[0]).append("\" y2=\"").append(b[1]).append("\"/><rect class=\"nbg\" x=\"")
                    .append(mx - w / 2).append("\" y=\"").append(my - 9).append("\" width=\"").append(w)
                    .append("\" height=\"16\"/><text class=\"n\" x=\"").append(mx).append("\" y=\"").append(my + 3)
                    .append("\">").append(label).append("</text></g>");
        });
        for (int g = 0; g < names.size(); g++) {
            int x = DiagramSvg.MARGIN + (g % columns) * (WIDTH + GAP_X);
            int y = DiagramSvg.MARGIN + (g / columns) * (HEIGHT + GAP_Y);
            List<UUID> members = groups.get(names.get(g));
            out.append("<g class=\"sb-area\"><rect class=\"frame\" x=\"").append(x).append("\" y=\"").append(y)
                    .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                    .append("\"/><rect class=\"head\" x=\"").append(x + 1).append("\" y=\"").append(y + 1)
                    .append("\" width=\"").append(WIDTH - 2).append("\" height=\"24\"/><text class=\"name\" x=\"")
                    .append(x + 8).append("\" y=\"").append(y + 18).append("\">").append(DiagramSvg.esc(
                            clip(names.get(g), 30))).append("</text><text class=\"count\" x=\"").append(x + 8)
                    .append("\" y=\"").append(y + 42).append("\">").append(members.size())
                    .append(members.size() == 1 ? " entity" : " entities").append("</text>");
            for (int i = 0; i < Math.min(SHOWN_NAMES, members.size()); i++) {
                String entity = i == SHOWN_NAMES - 1 && members.size() > SHOWN_NAMES
                        ? "… and " + (members.size() - SHOWN_NAMES + 1) + " more" : model.entityName(members.get(i));
                out.append("<text x=\"").append(x + 14).append("\" y=\"").append(y + 60 + i * 15).append("\">")
                        .append(DiagramSvg.esc(clip(entity, 34))).append("</text>");
            }
            out.append("</g>");
        }
        out.append("<text class=\"count\" x=\"").append(DiagramSvg.MARGIN).append("\" y=\"").append(height - 10)
                .append("\">").append(model.entities().size()).append(" entities in ").append(names.size())
                .append(" boxes; each subject area is drawn in full in a figure of its own</text></svg>");
        return out.toString();
    }

    private static int[] centre(int group, int columns) {
        return new int[] {DiagramSvg.MARGIN + (group % columns) * (WIDTH + GAP_X) + WIDTH / 2,
                DiagramSvg.MARGIN + (group / columns) * (HEIGHT + GAP_Y) + HEIGHT / 2};
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
