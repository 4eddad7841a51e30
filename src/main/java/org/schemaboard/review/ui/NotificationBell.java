package org.schemaboard.review.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import org.schemaboard.editor.ui.DesignEditorView;
import org.schemaboard.review.AppNotification;
import org.schemaboard.review.NotificationService;

/**
 * The bell in the top bar: how many notifications are unread, and the list of the latest ones. The count refreshes
 * on every navigation, when the list is opened, and when {@link NotificationPush} says something arrived.
 */
class NotificationBell extends Div implements AfterNavigationObserver {

    private final NotificationService notifications;
    private final NotificationPush push;
    private final Button bell = new Button(VaadinIcon.BELL_O.create());
    private final Span count = new Span();
    private final Div list = new Div();
    private final Popover popover = new Popover();
    private Registration subscription;

    NotificationBell(NotificationService notifications, NotificationPush push) {
        this.notifications = notifications;
        this.push = push;
        addClassName("sb-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.getElement().setAttribute("theme", "badge error pill small");
        count.addClassName("sb-bell-count");
        add(bell, count);

        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("24rem");
        popover.addThemeVariants(com.vaadin.flow.component.popover.PopoverVariant.ARROW);
        popover.setAriaLabel("Notifications");
        H3 title = new H3("Notifications");
        Button markRead = new Button("Mark all read", e -> {
            notifications.markAllRead();
            refreshList();
        });
        markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        Div head = new Div(title, markRead);
        head.addClassName("sb-bell-head");
        list.addClassName("sb-bell-list");
        popover.add(head, list);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refreshList();
            }
        });
        add(popover);
        refreshCount();
    }

    private void refreshCount() {
        showCount(notifications.unreadCount());
    }

    private void showCount(int unread) {
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel("Notifications" + (unread > 0 ? " (" + unread + " unread)" : ""));
        bell.setTooltipText(unread > 0 ? unread + " unread notifications" : "Notifications");
    }

    private void refreshList() {
        List<AppNotification> latest = notifications.mine(30);
        list.removeAll();
        if (latest.isEmpty()) {
            list.add(new Paragraph("Nothing yet. Mentions, replies to your threads, review requests and decisions "
                    + "appear here."));
        }
        for (AppNotification n : latest) {
            Div item = new Div();
            item.addClassName("sb-bell-item");
            if (!n.read()) {
                item.addClassName("sb-bell-unread");
            }
            Span kind = new Span(n.kind().label() + (n.designName() == null ? "" : " · " + n.designName()) + " · "
                    + ThreadList.time(n.createdAt()));
            kind.addClassName("sb-bell-kind");
            Span message = new Span(n.message());
            item.add(kind, message);
            if (n.designId() != null) {
                item.getElement().setAttribute("role", "link");
                item.getElement().setAttribute("tabindex", "0");
                item.addClickListener(e -> {
                    popover.close();
                    getUI().ifPresent(ui -> ui.navigate(DesignEditorView.class, new RouteParameters(
                            Map.of("designId", n.designId().toString(), "section", "review"))));
                });
            }
            list.add(item);
        }
        refreshCount();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refreshCount();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        subscription = push.subscribe(ui, this::showCount);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.remove();
        }
    }

    /** Registered as a bean so the top bar shows it without knowing about reviews. */
    @org.springframework.stereotype.Component
    static class Item implements org.schemaboard.base.ui.NavbarItem {

        private final NotificationService notifications;
        private final NotificationPush push;

        Item(NotificationService notifications, NotificationPush push) {
            this.notifications = notifications;
            this.push = push;
        }

        @Override
        public Component create() {
            return new NotificationBell(notifications, push);
        }
    }
}
