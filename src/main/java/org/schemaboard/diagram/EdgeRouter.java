package org.schemaboard.diagram;

import java.util.List;

/**
 * Routes a relationship line whose automatic route no longer fits its boxes (after a drag, or for a self
 * reference): an orthogonal line leaving the side of one box that faces the other, with one bend pair half way.
 * {@code lane} spreads lines between the same two boxes apart.
 */
final class EdgeRouter {

    static final int LANE = 10;
    static final int LOOP = 28;

    private EdgeRouter() {
    }

    static Route route(Box from, Box to, int lane) {
        if (from.equals(to)) {
            return selfLoop(from, lane);
        }
        int offset = lane * LANE;
        if (from.right() <= to.x() || to.right() <= from.x()) {
            boolean rightwards = from.right() <= to.x();
            int x1 = rightwards ? from.right() : from.x();
            int x2 = rightwards ? to.x() : to.right();
            int y1 = clamp(rowFor(from, to) + offset, from.y() + 12, from.bottom() - 6);
            int y2 = clamp(rowFor(to, from) + offset, to.y() + 12, to.bottom() - 6);
            int mid = (x1 + x2) / 2;
            if (y1 == y2) {
                return new Route(List.of(new Point(x1, y1), new Point(x2, y2)), null);
            }
            return new Route(List.of(new Point(x1, y1), new Point(mid, y1), new Point(mid, y2), new Point(x2, y2)),
                    null);
        }
        if (from.bottom() <= to.y() || to.bottom() <= from.y()) {
            boolean downwards = from.bottom() <= to.y();
            int y1 = downwards ? from.bottom() : from.y();
            int y2 = downwards ? to.y() : to.bottom();
            int x1 = clamp(columnFor(from, to) + offset, from.x() + 8, from.right() - 8);
            int x2 = clamp(columnFor(to, from) + offset, to.x() + 8, to.right() - 8);
            int mid = (y1 + y2) / 2;
            if (x1 == x2) {
                return new Route(List.of(new Point(x1, y1), new Point(x2, y2)), null);
            }
            return new Route(List.of(new Point(x1, y1), new Point(x1, mid), new Point(x2, mid), new Point(x2, y2)),
                    null);
        }
        // The boxes overlap: a short line between their top edges keeps both ends visible.
        int y = Math.min(from.y(), to.y()) - 20 - offset;
        return new Route(List.of(new Point(from.centerX(), from.y()), new Point(from.centerX(), y),
                new Point(to.centerX(), y), new Point(to.centerX(), to.y())), null);
    }

    /** A loop on the right side of the box, for an entity that refers to itself. */
    static Route selfLoop(Box box, int lane) {
        int top = Math.min(box.y() + 14 + lane * LANE, box.bottom() - 20);
        int bottom = Math.min(top + 24, box.bottom() - 4);
        int out = box.right() + LOOP + lane * LANE;
        return new Route(List.of(new Point(box.right(), top), new Point(out, top), new Point(out, bottom),
                new Point(box.right(), bottom)), new Point(out, (top + bottom) / 2));
    }

    /** The height at which a line to {@code other} leaves {@code box}: level with the other's middle if it can. */
    private static int rowFor(Box box, Box other) {
        int top = Math.max(box.y(), other.y());
        int bottom = Math.min(box.bottom(), other.bottom());
        return top < bottom ? (top + bottom) / 2 : box.y() + Math.min(box.height() / 2, 30);
    }

    private static int columnFor(Box box, Box other) {
        int left = Math.max(box.x(), other.x());
        int right = Math.min(box.right(), other.right());
        return left < right ? (left + right) / 2 : box.centerX();
    }

    private static int clamp(int v, int lo, int hi) {
        return hi < lo ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v));
    }
}
