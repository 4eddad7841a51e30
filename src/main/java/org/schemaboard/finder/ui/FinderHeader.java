package org.schemaboard.finder.ui;

import java.util.List;
import org.schemaboard.editor.ui.EditorContext;
import org.schemaboard.editor.ui.EditorHeaderItem;
import org.schemaboard.editor.ui.EditorSection;
import org.schemaboard.finder.FinderIndex;
import org.schemaboard.finder.FinderItem;
import org.schemaboard.finder.FinderItems;
import org.schemaboard.model.DesignModel;
import org.schemaboard.model.nosql.NoSqlElement;
import org.schemaboard.model.nosql.NoSqlService;
import org.schemaboard.review.CommentService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the search button (and with it Ctrl+K and "?") first among the editor's header actions. */
@Configuration(proxyBeanMethods = false)
class FinderHeader {

    @Bean
    EditorHeaderItem finderButton(ObjectProvider<EditorSection> sections, CommentService comments,
                                  NoSqlService nosql) {
        return new EditorHeaderItem(EditorHeaderItem.Place.ACTION, 10, context -> new FinderButton(
                "designs/" + context.designId() + "/", new LazyIndex(context, sections, comments, nosql)));
    }

    /**
     * The index of the model the editor shows and of the design's NoSQL elements, built at the first search and again
     * once either changed (the NoSQL elements are few: read again at each search, compared by value).
     */
    private static final class LazyIndex implements java.util.function.Supplier<FinderIndex> {

        private final EditorContext context;
        private final ObjectProvider<EditorSection> sections;
        private final CommentService comments;
        private final NoSqlService nosql;
        private DesignModel indexed;
        private List<NoSqlElement> indexedNoSql;
        private FinderIndex index;

        LazyIndex(EditorContext context, ObjectProvider<EditorSection> sections, CommentService comments,
                  NoSqlService nosql) {
            this.context = context;
            this.sections = sections;
            this.comments = comments;
            this.nosql = nosql;
        }

        @Override
        public synchronized FinderIndex get() {
            DesignModel model = context.model();
            List<NoSqlElement> elements = nosql.list(context.designId());
            if (model != indexed || !elements.equals(indexedNoSql)) {
                List<FinderItem> tabs = sections.orderedStream().map(s -> new FinderItem(FinderItem.Kind.SECTION,
                        s.label(), s.group().label(), s.key(), null, null)).toList();
                index = FinderItems.index(model, tabs, comments.threads(context.designId()), elements);
                indexed = model;
                indexedNoSql = elements;
            }
            return index;
        }
    }
}
