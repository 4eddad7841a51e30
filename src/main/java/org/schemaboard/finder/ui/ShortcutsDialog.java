package org.schemaboard.finder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** "?": the keyboard shortcuts of the editor and its dialogs. */
class ShortcutsDialog extends Dialog {

    private static final String[][] SHORTCUTS = {
            {"Ctrl+K", "Find anything in this design"},
            {"?", "Show these shortcuts"},
            {"Ctrl+Z", "Undo my last change"},
            {"Ctrl+Shift+Z", "Redo"},
            {"Enter", "Save a dialog from a field of one line"},
            {"Ctrl+Enter", "Save a dialog from anywhere in it, text areas too"},
            {"Esc", "Close a dialog without saving"},
            {"↑ ↓ then Enter", "Choose a match in the finder and go there"},
    };

    ShortcutsDialog() {
        setHeaderTitle("Keyboard shortcuts");
        Div list = new Div();
        list.addClassName("sb-shortcuts");
        list.getElement().setAttribute("role", "list");
        for (String[] s : SHORTCUTS) {
            Span key = new Span(s[0]);
            key.addClassName("sb-key");
            Div row = new Div(key, new Span(s[1]));
            row.getElement().setAttribute("role", "listitem");
            row.addClassName("sb-shortcut");
            list.add(row);
        }
        add(list);
        Button close = new Button("Close", e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                close.focus();
            }
        });
    }
}
