package org.schemaboard.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.relationship.Relationship;

/**
 * Automatic layered layout (Eclipse ELK): referenced entities to the left of the entities that refer to them, few
 * crossings, orthogonal lines with room for their labels, unconnected groups packed side by side. Deterministic: the
 * same model and selection give the same layout (entities enter in the model's name order; ELK's seed is fixed).
 */
public final class AutoLayout {

    static final double NODE_SPACING = 36;
    static final double LAYER_SPACING = 90;

    private AutoLayout() {
    }

    /** Lays out the whole design. */
    public static DiagramLayout of(DesignModel model) {
        return of(model, null);
    }

    /** Lays out the given entities of the design (null: all) with the relationships among them, from (0, 0). */
    public static DiagramLayout of(DesignModel model, Collection<UUID> entityIds) {
        Set<UUID> only = entityIds == null ? null : new LinkedHashSet<>(entityIds);
        Map<UUID, EntityFigure> figures = EntityFigure.of(model, only);
        if (figures.isEmpty()) {
            return DiagramLayout.empty();
        }
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(CoreOptions.SPACING_EDGE_NODE, 14.0);
        root.setProperty(CoreOptions.SPACING_EDGE_EDGE, 10.0);
        root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 60.0);
        root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 24.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 12.0);
        root.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(20));
        root.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
        if (figures.size() > 300) {
            // Big graphs: fewer crossing-minimisation sweeps keep a 2,000-entity layout within a couple of seconds.
            root.setProperty(LayeredOptions.THOROUGHNESS, 1);
        }

        Map<UUID, ElkNode> nodes = new LinkedHashMap<>();
        figures.forEach((id, figure) -> {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(figure.width(), figure.height());
            nodes.put(id, node);
        });
        Map<UUID, ElkEdge> edges = new LinkedHashMap<>();
        for (Relationship r : model.relationships()) {
            ElkNode from = nodes.get(r.fromEntityId());
            ElkNode to = nodes.get(r.toEntityId());
            if (from == null || to == null || from == to) {
                continue; // self references get a loop of our own when drawn
            }
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
            String text = DiagramSvg.labelOf(r);
            if (!text.isEmpty()) {
                ElkLabel label = ElkGraphUtil.createLabel(text, edge);
                label.setDimensions(DiagramSvg.labelWidth(text), DiagramSvg.LABEL_HEIGHT);
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
            }
            edges.put(r.id(), edge);
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<UUID, Box> boxes = new LinkedHashMap<>();
        nodes.forEach((id, node) -> boxes.put(id, new Box((int) Math.round(node.getX()), (int) Math.round(node.getY()),
                (int) Math.round(node.getWidth()), (int) Math.round(node.getHeight()))));
        Map<UUID, Route> routes = new LinkedHashMap<>();
        edges.forEach((id, edge) -> {
            if (edge.getSections().isEmpty()) {
                return;
            }
            ElkEdgeSection s = edge.getSections().get(0);
            List<Point> points = new ArrayList<>();
            points.add(point(s.getStartX(), s.getStartY()));
            for (ElkBendPoint b : s.getBendPoints()) {
                points.add(point(b.getX(), b.getY()));
            }
            points.add(point(s.getEndX(), s.getEndY()));
            Point label = null;
            if (!edge.getLabels().isEmpty()) {
                ElkLabel l = edge.getLabels().get(0);
                label = point(l.getX() + l.getWidth() / 2, l.getY() + l.getHeight() / 2);
            }
            routes.put(id, new Route(dedupe(points), label));
        });
        return new DiagramLayout(boxes, routes);
    }

    private static Point point(double x, double y) {
        return new Point((int) Math.round(x), (int) Math.round(y));
    }

    private static List<Point> dedupe(List<Point> points) {
        List<Point> clean = new ArrayList<>();
        for (Point p : points) {
            if (clean.isEmpty() || !clean.get(clean.size() - 1).equals(p)) {
                clean.add(p);
            }
        }
        if (clean.size() == 1) {
            clean.add(clean.get(0));
        }
        return clean;
    }
}
