package org.schemaboard.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The frame of the pages shown outside the app's layout (sign-up, the forced password change): brand and a card. */
final class AccountFrame {

    private AccountFrame() {
    }

    /** Fills {@code page} with the brand on the left and a card with title, lead and content on the right. */
    static void fill(Component page, String headline, String title, String lead, Component... content) {
        Div pitch = new Div();
        pitch.addClassName("sb-login-pitch");
        Div brand = new Div(VaadinIcon.DATABASE.create(), new Span("Schemaboard"));
        brand.addClassName("sb-login-brand");
        pitch.add(brand, new H1(headline));

        Div card = new Div();
        card.addClassName("sb-account-card");
        H2 heading = new H2(title);
        Paragraph explain = new Paragraph(lead);
        explain.addClassName("sb-page-lead");
        card.add(heading, explain);
        card.add(content);
        Div panel = new Div(card);
        panel.addClassName("sb-login-panel");
        page.getElement().appendChild(pitch.getElement(), panel.getElement());
        page.getElement().getClassList().add("sb-login");
    }
}
