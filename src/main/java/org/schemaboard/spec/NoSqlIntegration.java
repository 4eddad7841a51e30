package org.schemaboard.spec;

import java.util.List;

/** "NoSQL Integration": document schemas, cache key designs, search mappings, each a text block in its language. */
public record NoSqlIntegration(String notes, List<CodeBlock> blocks) implements SectionContent {

    public static final NoSqlIntegration EMPTY = new NoSqlIntegration(null, List.of());

    public NoSqlIntegration {
        blocks = Lists.copy(blocks);
    }

    public record CodeBlock(String title, BlockKind kind, String language, String text) {
    }

    public enum BlockKind {
        DOCUMENT_SCHEMA("Document schema"), INDEXES("Document indexes"), CACHE_KEYS("Cache key design"),
        SEARCH_MAPPING("Search index mapping"), OTHER("Other");

        private final String label;

        BlockKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
