package org.schemaboard.diagram;

/** Where one entity's box sits: top-left corner and size. */
public record Box(int x, int y, int width, int height) {

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public int centerX() {
        return x + width / 2;
    }

    public int centerY() {
        return y + height / 2;
    }

    /** True when the two boxes share any area (touching edges do not count). */
    public boolean overlaps(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    Box movedTo(int newX, int newY) {
        return new Box(newX, newY, width, height);
    }

    /** True when the point lies on the border of this box, give or take {@code slack}. */
    boolean onBorder(Point p, int slack) {
        boolean insideX = p.x() >= x - slack && p.x() <= right() + slack;
        boolean insideY = p.y() >= y - slack && p.y() <= bottom() + slack;
        boolean nearVertical = Math.abs(p.x() - x) <= slack || Math.abs(p.x() - right()) <= slack;
        boolean nearHorizontal = Math.abs(p.y() - y) <= slack || Math.abs(p.y() - bottom()) <= slack;
        return insideX && insideY && (nearVertical || nearHorizontal);
    }
}
