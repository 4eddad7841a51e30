package org.schemaboard.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The three kinds of notice every view uses, so they look and behave the same everywhere. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Stays until dismissed: a person must be able to read an error. */
    public static void error(String message) {
        Notification n = new Notification();
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setPosition(Notification.Position.MIDDLE);
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> n.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Dismiss");
        HorizontalLayout content = new HorizontalLayout(new Span(message), close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        n.add(content);
        n.open();
    }

    /** An error with one way out, e.g. "Reload" after a conflicting edit. */
    public static void errorWithAction(String message, String actionLabel, Runnable action) {
        Notification n = new Notification();
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.setPosition(Notification.Position.MIDDLE);
        Button act = new Button(actionLabel, e -> {
            n.close();
            action.run();
        });
        act.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> n.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Dismiss");
        HorizontalLayout content = new HorizontalLayout(new Span(message), act, close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        n.add(content);
        n.open();
    }
}
