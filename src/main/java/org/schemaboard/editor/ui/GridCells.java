package org.schemaboard.editor.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Grid cells drawn by the browser from a few values ({@link LitRenderer}) instead of server-side components. A row
 * that a live change refreshes then sends only its values: no new buttons, icons and tooltips are built, encoded and
 * laid out for it, which is most of what a live update costs in the other person's browser.
 */
public final class GridCells {

    private GridCells() {
    }

    /** An icon button in a row: its Vaadin icon name, accessible name (also its tooltip), action, and when enabled. */
    public record RowButton<T>(String icon, Function<T, String> label, Consumer<T> action, Predicate<T> enabled,
                               boolean danger) {

        public static <T> RowButton<T> of(String icon, Function<T, String> label, Consumer<T> action) {
            return new RowButton<>(icon, label, action, t -> true, false);
        }

        public RowButton<T> enabledWhen(Predicate<T> when) {
            return new RowButton<>(icon, label, action, when, danger);
        }

        public RowButton<T> dangerous() {
            return new RowButton<>(icon, label, action, enabled, true);
        }
    }

    /** A column of small icon buttons (the row's actions). */
    @SafeVarargs
    public static <T> Grid.Column<T> addButtons(Grid<T> grid, RowButton<T>... buttons) {
        StringBuilder template = new StringBuilder("<span class=\"sb-row-buttons\">");
        for (int i = 0; i < buttons.length; i++) {
            template.append("<vaadin-button theme=\"tertiary icon small").append(buttons[i].danger() ? " error" : "")
                    .append("\" aria-label=\"${item.l").append(i).append("}\" title=\"${item.l").append(i)
                    .append("}\" ?disabled=\"${!item.e").append(i).append("}\" @click=\"${b").append(i)
                    .append("}\"><vaadin-icon icon=\"vaadin:").append(buttons[i].icon())
                    .append("\"></vaadin-icon></vaadin-button>");
        }
        LitRenderer<T> renderer = LitRenderer.of(template.append("</span>").toString());
        for (int i = 0; i < buttons.length; i++) {
            RowButton<T> button = buttons[i];
            renderer.withProperty("l" + i, t -> button.label().apply(t))
                    .withProperty("e" + i, t -> button.enabled().test(t))
                    .withFunction("b" + i, t -> {
                        if (button.enabled().test(t)) {
                            button.action().accept(t);
                        }
                    });
        }
        return grid.addColumn(renderer);
    }

    /** A row's comment threads: a button with the open-thread count that opens them; nothing without comments. */
    public static <T> Grid.Column<T> addComments(Grid<T> grid, EditorContext context, String type,
                                                 Function<T, UUID> id, Function<T, String> label) {
        String typeWords = type.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return grid.addColumn(LitRenderer.<T>of("<vaadin-button theme=\"tertiary-inline small\" "
                        + "class=\"sb-comments-button\" aria-label=\"${item.label}\" title=\"${item.tip}\" "
                        + "@click=\"${open}\"><vaadin-icon icon=\"vaadin:comment-o\"></vaadin-icon>"
                        + "${item.open ? html`<span slot=\"suffix\" theme=\"badge pill small primary\" "
                        + "class=\"sb-comments-count\">${item.open}</span>` : ''}</vaadin-button>")
                .withProperty("open", t -> context.openThreads(id.apply(t)))
                .withProperty("label", t -> {
                    int open = context.openThreads(id.apply(t));
                    return "Comments on " + typeWords + " " + label.apply(t) + (open > 0 ? " (" + open + " open)" : "");
                })
                .withProperty("tip", t -> {
                    int open = context.openThreads(id.apply(t));
                    return open == 0 ? "Comments" : open + " open " + (open == 1 ? "thread" : "threads");
                })
                .withFunction("open", t -> context.openComments(type, id.apply(t), label.apply(t))));
    }

    /** A small badge in a cell: its text, Lumo badge variants ("primary small") and what it stands for. */
    public static List<String> badge(String text, String theme, String title) {
        return List.of(text, theme, title);
    }

    /** Lumo badges in a cell, each made by {@link #badge}; a row may have none. */
    public static <T> Grid.Column<T> addBadges(Grid<T> grid, Function<T, List<List<String>>> badges) {
        return grid.addColumn(LitRenderer.<T>of("${item.b.map(b => html`<span theme=\"badge ${b[1]}\" "
                        + "title=\"${b[2]}\" role=\"img\" aria-label=\"${b[2]}\">${b[0]}</span> `)}")
                .withProperty("b", badges::apply));
    }
}
