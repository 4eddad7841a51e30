package org.schemaboard.finder.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Supplier;
import org.schemaboard.finder.FinderIndex;

/**
 * The header's search button, and the editor's keyboard: Ctrl+K (⌘K) opens the finder from anywhere, "?" the
 * shortcuts unless the person is typing. A document listener in the browser, installed once per page, calls the
 * button of the editor currently shown; typing "?" into a field or a dialog stays ordinary typing.
 */
class FinderButton extends Button {

    private final String designBase;
    private final Supplier<FinderIndex> index;

    FinderButton(String designBase, Supplier<FinderIndex> index) {
        super(VaadinIcon.SEARCH.create());
        this.designBase = designBase;
        this.index = index;
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        setAriaLabel("Find (Ctrl+K)");
        setTooltipText("Find (Ctrl+K)");
        addClickListener(e -> openFinder());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("""
                window.__sbKeys = this;
                if (window.__sbKeysInstalled) { return; }
                window.__sbKeysInstalled = true;
                document.addEventListener('keydown', e => {
                  const keys = window.__sbKeys;
                  if (!keys || !keys.isConnected) { return; }
                  if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'k' || e.key === 'K')) {
                    e.preventDefault();
                    keys.$server.openFinder();
                    return;
                  }
                  if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey) { return; }
                  const target = e.composedPath()[0];
                  const typing = target && (target.isContentEditable
                      || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
                  if (typing || document.querySelector('vaadin-dialog-overlay[opened]')) { return; }
                  e.preventDefault();
                  keys.$server.openShortcuts();
                });
                """);
    }

    @ClientCallable
    void openFinder() {
        new FinderDialog(designBase, index).open();
    }

    @ClientCallable
    void openShortcuts() {
        new ShortcutsDialog().open();
    }
}
