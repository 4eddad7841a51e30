package org.schemaboard.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import org.schemaboard.base.SignedInUser;

/** The frame around every signed-in view: brand, navigation, light/dark switch and the signed-in person. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication,
                      ObjectProvider<NavbarItem> items) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation(SignedInUser.current().map(SignedInUser::administrator).orElse(false)));

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide navigation");
        HorizontalLayout navbar = new HorizontalLayout(toggle);
        navbar.setWidthFull();
        navbar.setAlignItems(FlexComponent.Alignment.CENTER);
        navbar.addClassNames(LumoUtility.Padding.End.MEDIUM);
        Div spacer = new Div();
        navbar.addAndExpand(spacer);
        if (SignedInUser.current().isPresent()) {
            items.orderedStream().forEach(item -> navbar.add(item.create()));
        }
        navbar.add(themeSwitch());
        SignedInUser.current().ifPresent(user -> navbar.add(userMenu(user, authentication)));
        addToNavbar(navbar);
    }

    private static Div brand() {
        Icon logo = VaadinIcon.DATABASE.create();
        logo.addClassName("sb-brand-logo");
        Span name = new Span("Schemaboard");
        name.addClassName("sb-brand-name");
        Div brand = new Div(logo, name);
        brand.addClassName("sb-brand");
        return brand;
    }

    private static SideNav navigation(boolean administrator) {
        SideNav nav = new SideNav();
        nav.setLabel("Workspace");
        nav.addItem(new SideNavItem("Designs", "", VaadinIcon.LIST.create()));
        if (administrator) {
            // by path, not view class: security.ui uses this package, so this package must not use it
            nav.addItem(new SideNavItem("Users", "users", VaadinIcon.USERS.create()));
        }
        nav.addClassNames(LumoUtility.Margin.Horizontal.SMALL);
        return nav;
    }

    private static Button themeSwitch() {
        Button button = new Button(VaadinIcon.ADJUST.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel("Switch between light and dark theme");
        button.setTooltipText("Light / dark theme");
        // Remembered in the browser: a preference of this person on this device, not of their account.
        button.addClickListener(e -> button.getElement().executeJs("""
                const root = document.documentElement;
                const dark = root.getAttribute('theme') !== 'dark';
                if (dark) { root.setAttribute('theme', 'dark'); } else { root.removeAttribute('theme'); }
                localStorage.setItem('schemaboard-theme', dark ? 'dark' : 'light');"""));
        button.getElement().executeJs("""
                if (localStorage.getItem('schemaboard-theme') === 'dark') {
                  document.documentElement.setAttribute('theme', 'dark');
                }""");
        return button;
    }

    private static MenuBar userMenu(SignedInUser user, AuthenticationContext authentication) {
        Avatar avatar = new Avatar(user.displayName());
        avatar.setAbbreviation(user.initials());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        Span name = new Span(user.displayName());
        name.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.MEDIUM);
        HorizontalLayout who = new HorizontalLayout(avatar, name, VaadinIcon.CHEVRON_DOWN_SMALL.create());
        who.setAlignItems(FlexComponent.Alignment.CENTER);
        who.setSpacing(false);
        who.addClassNames(LumoUtility.Gap.SMALL);

        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", "Account of " + user.displayName());
        MenuItem item = menu.addItem(who);
        SubMenu sub = item.getSubMenu();
        Span signedIn = new Span("Signed in as " + user.username());
        signedIn.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        sub.addItem(signedIn).setEnabled(false);
        sub.addItem("My account", e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("account")));
        sub.addItem("Sign out", e -> authentication.logout());
        return menu;
    }
}
