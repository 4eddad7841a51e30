package org.schemaboard.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.schemaboard.SchemaboardProperties;
import org.schemaboard.security.AccountService;
import org.schemaboard.security.UserAdministration;

/** Sign in. Spring Security handles the form post; a failed attempt comes back here with {@code ?error}. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Schemaboard")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView(SchemaboardProperties properties, UserAdministration administration) {
        addClassName("sb-login");

        Div pitch = new Div();
        pitch.addClassName("sb-login-pitch");
        Div brand = new Div(VaadinIcon.DATABASE.create(), new Span("Schemaboard"));
        brand.addClassName("sb-login-brand");
        H1 headline = new H1("Design your database together, hand it over complete.");
        UnorderedList points = new UnorderedList(
                new ListItem("Entities, relationships and indexes with the reason each exists"),
                new ListItem("Query patterns, scalability, migration and operations plans"),
                new ListItem("Live editing, review comments and handoff approval"),
                new ListItem("One-click export: Markdown, HTML, SQL DDL and ER diagram"));
        pitch.add(brand, headline, points);

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Wrong username or password");
        i18n.getErrorMessage().setMessage("Check both and try again. Passwords are case-sensitive. After "
                + AccountService.MAX_FAILED_SIGN_INS + " failed tries, signing in from here pauses for "
                + AccountService.LOCK_DURATION.toMinutes() + " minutes. If you still cannot sign in, ask an "
                + "administrator.");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        Div panel = new Div(form);
        panel.addClassName("sb-login-panel");
        if (administration.selfSignUpEnabled()) {
            Anchor signUp = new Anchor("signup", "No account yet? Create one");
            signUp.addClassName("sb-account-link");
            panel.add(signUp);
        }
        if (properties.demo()) {
            Paragraph demo = new Paragraph();
            demo.addClassName("sb-login-demo");
            demo.add(new Span("Demo accounts (password "), code("demo"), new Span("): "), code("alice"),
                    new Span(" and "), code("bob"), new Span(" edit, "), code("rita"), new Span(" reviews, "),
                    code("vic"), new Span(" views; "), code("alice"), new Span(" also manages users."));
            panel.add(demo);
        }
        add(pitch, panel);
    }

    private static Span code(String text) {
        Span span = new Span(text);
        span.addClassName("sb-code");
        return span;
    }

    /**
     * Every failed sign-in is told the same way, whether the username is unknown, the password wrong, or the account
     * disabled or locked out: anything more would tell an outsider which accounts exist (see PasswordSignIn).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
