package org.schemaboard.base.ui;

import com.vaadin.flow.component.html.Span;

/** Lumo badges: small labels such as a role or a database. */
public final class Badges {

    private Badges() {
    }

    /** @param theme Lumo badge variants, e.g. "success", "contrast", "error small" */
    public static Span of(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().setAttribute("theme", "badge " + theme);
        return badge;
    }

    /** A badge whose abbreviation is spelt out on hover and to assistive technology. */
    public static Span titled(String text, String theme, String title) {
        Span badge = of(text, theme);
        badge.getElement().setAttribute("title", title);
        badge.getElement().setAttribute("role", "img");
        badge.getElement().setAttribute("aria-label", title);
        return badge;
    }
}
