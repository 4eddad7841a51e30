package org.schemaboard.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.schemaboard.base.MergeConflictException;

/**
 * Two people changed the same field: shows theirs beside mine and lets the person choose. Nothing is overwritten
 * until they do.
 */
public class ConflictDialog extends Dialog {

    /** What each choice does; the caller knows how to save its element. */
    public interface Choices {
        void takeTheirs();

        void applyMineOnTop(int currentVersion);

        void editFurther();
    }

    private record Row(String field, String theirs, String mine) {
    }

    ConflictDialog(MergeConflictException conflict, Choices choices) {
        setHeaderTitle("Changed by " + conflict.changedBy() + " while you were editing");
        setWidth("44rem");
        Paragraph text = new Paragraph(conflict.getMessage().replace(". Reload to see their change, then edit again.",
                "") + ". Your changes to other fields were merged with theirs; these fields were changed by both:");
        Grid<Row> grid = new Grid<>(Row.class, false);
        grid.setAriaLabel("Conflicting fields");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Row::field).setHeader("Field").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::theirs).setHeader("Theirs (saved)");
        grid.addColumn(Row::mine).setHeader("Mine (not saved)");
        List<Row> rows = conflict.fields().stream()
                .map(f -> new Row(f, conflict.theirs().get(f), conflict.mine().get(f))).toList();
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        add(text, grid);

        Button theirs = new Button("Take theirs", e -> {
            close();
            choices.takeTheirs();
        });
        Button mine = new Button("Apply mine on top", e -> {
            close();
            choices.applyMineOnTop(conflict.currentVersion());
        });
        mine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button further = new Button("Edit further", e -> {
            close();
            choices.editFurther();
        });
        further.addClassName("sb-footer-start");
        getFooter().add(further, theirs, mine);
    }
}
