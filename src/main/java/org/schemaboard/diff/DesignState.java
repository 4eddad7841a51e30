package org.schemaboard.diff;

/**
 * A state of a design that can be compared: an approved version, the current draft, or a file's content (design.json
 * or a SQL dump).
 */
public record DesignState(Kind kind, int number, String fileName, String text) {

    public enum Kind {
        APPROVED, DRAFT, FILE
    }

    public static DesignState approved(int number) {
        return new DesignState(Kind.APPROVED, number, null, null);
    }

    public static DesignState draft() {
        return new DesignState(Kind.DRAFT, 0, null, null);
    }

    public static DesignState file(String fileName, String text) {
        return new DesignState(Kind.FILE, 0, fileName, text);
    }

    /** "v2", "draft", "design.json". */
    public String label() {
        return switch (kind) {
            case APPROVED -> "v" + number;
            case DRAFT -> "draft";
            case FILE -> fileName;
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
