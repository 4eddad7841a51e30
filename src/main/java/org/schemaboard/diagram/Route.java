package org.schemaboard.diagram;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The path of one relationship line, from the referenced ("one") entity's border to the referencing entity's border,
 * and where its label goes ({@code null}: in the middle of its longest segment).
 */
public record Route(List<Point> points, Point label) {

    public Route {
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("A route needs at least two points");
        }
    }

    public Point first() {
        return points.get(0);
    }

    public Point last() {
        return points.get(points.size() - 1);
    }

    /** Compact text for storage: {@code x,y x,y …[;lx,ly]}. */
    public String encode() {
        String path = points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
        return label == null ? path : path + ";" + label.x() + "," + label.y();
    }

    /** Reads {@link #encode()}'s text; null when it is not a route. */
    public static Route decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String[] parts = text.split(";", 2);
            List<Point> points = java.util.Arrays.stream(parts[0].trim().split("\\s+")).map(Route::point).toList();
            return new Route(points, parts.length > 1 ? point(parts[1].trim()) : null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Point point(String xy) {
        String[] c = xy.split(",");
        return new Point(Integer.parseInt(c[0]), Integer.parseInt(c[1]));
    }
}
