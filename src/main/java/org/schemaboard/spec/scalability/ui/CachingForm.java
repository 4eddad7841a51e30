package org.schemaboard.spec.scalability.ui;

import org.schemaboard.spec.ui.ChecksList;
import org.schemaboard.spec.ui.Inputs;
import org.schemaboard.spec.ui.RowList;
import org.schemaboard.spec.ui.SectionForm;
import org.schemaboard.spec.ui.SpecContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.schemaboard.base.ui.FormErrors;
import org.schemaboard.spec.scalability.Caching;
import org.schemaboard.spec.SpecSection;

/** Cache entries: key pattern, what is cached, time to live, invalidation, the query patterns they serve. */
public final class CachingForm extends SectionForm<Caching> {

    private final ChecksList checks = new ChecksList("Checks of the cache entries", null);
    private final RowList<Caching.CacheEntry> entries;
    private final TextArea notes = Inputs.prose("Caching notes",
            "Database-level caching: query plan cache, connection pooling, materialized views");

    public CachingForm(SpecContext context) {
        super(context, SpecSection.CACHING, Caching.class,
                "What is kept in a cache in front of the database, for how long, and what makes it stale.");
        entries = new RowList<>("entries", "cache entry", "No cache entries yet.", EntryRow::new, errors,
                this::changed);
        errors.bind("notes", notes);
        body.add(checks, entries, notes);
        start();
    }

    @Override
    protected void show(Caching c) {
        entries.show(c.entries());
        notes.setValue(Inputs.text(c.notes()));
    }

    @Override
    protected Caching read() {
        return new Caching(entries.values(), notes.getValue());
    }

    @Override
    protected void changed() {
        checks.show(context.checks(withInput(), SpecSection.CACHING));
    }

    private final class EntryRow implements RowList.Row<Caching.CacheEntry> {

        private final TextField key = Inputs.line("Key pattern", "e.g. product:{id}");
        private final TextField cached = Inputs.line("What is cached", null);
        private final IntegerField ttl = Inputs.number("TTL (seconds)", "Empty: no expiry by time", 1);
        private final TextField invalidation = Inputs.line("Invalidated when", "e.g. product updated");
        private final MultiSelectComboBox<UUID> patterns = Inputs.queryPatterns("Serves query patterns", null,
                context.model());
        private final Div root = new Div();

        EntryRow() {
            key.addClassName("sb-mono-input");
            Inputs.card(root, List.of(key, cached, ttl), cached, invalidation, patterns);
            watch(key, patterns);
        }

        @Override
        public Component component() {
            return root;
        }

        @Override
        public void show(Caching.CacheEntry v) {
            key.setValue(Inputs.text(v.keyPattern()));
            cached.setValue(Inputs.text(v.cached()));
            ttl.setValue(v.ttlSeconds());
            invalidation.setValue(Inputs.text(v.invalidation()));
            patterns.setValue(Inputs.set(v.queryPatternIds()));
        }

        @Override
        public Caching.CacheEntry value() {
            return new Caching.CacheEntry(key.getValue(), cached.getValue(), ttl.getValue(), invalidation.getValue(),
                    List.copyOf(patterns.getValue()));
        }

        @Override
        public void bind(FormErrors errors, String prefix) {
            errors.bind(prefix + "keyPattern", key).bind(prefix + "cached", cached).bind(prefix + "ttlSeconds", ttl)
                    .bind(prefix + "invalidation", invalidation).bind(prefix + "queryPatternIds", patterns);
        }
    }
}
