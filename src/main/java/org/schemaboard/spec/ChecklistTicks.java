package org.schemaboard.spec;

import java.util.List;

/** The validation checklist items a person ticked by hand (those the model cannot judge), by item key. */
public record ChecklistTicks(List<String> ticked) implements SectionContent {

    public static final ChecklistTicks EMPTY = new ChecklistTicks(List.of());

    public ChecklistTicks {
        ticked = Lists.copy(ticked).stream().distinct().toList();
    }

    public boolean isTicked(String key) {
        return ticked.contains(key);
    }
}
