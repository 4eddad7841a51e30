package org.schemaboard.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.schemaboard.BrowserTestBase;
import org.schemaboard.security.CurrentUser;
import org.schemaboard.security.UserAdministration;
import org.springframework.beans.factory.annotation.Autowired;

/** Accounts as people meet them: the administrator's Users page, the forced password change, sign-up, lock-out. */
class AccountsIT extends BrowserTestBase {

    private static final Pattern LOGIN_PAGE = Pattern.compile(".*/login(\\?.*)?$");

    @Autowired
    UserAdministration administration;
    @Autowired
    CurrentUser currentUser;

    private static Locator label(Page page, String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    private static Locator heading(Page page, String text) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true));
    }

    /** alice (the demo's administrator) opens the Users page from the navigation and creates an account. */
    private Page createUserAsAlice(String username, String displayName, String password) {
        Page admin = newPerson();
        signIn(admin, "alice", "demo");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users").setExact(true)).click();
        assertThat(heading(admin, "Users")).isVisible();
        button(admin, "New user").click();
        label(admin, "Username").fill(username);
        label(admin, "Display name").fill(displayName);
        label(admin, "E-mail").fill(username + "@example.com");
        label(admin, "Initial password").fill(password);
        button(admin, "Create user").click();
        assertThat(cell(grid(admin, "Users"), username + "@example.com")).isVisible();
        return admin;
    }

    @Test
    void an_administrator_creates_a_user_who_must_choose_a_new_password_at_first_sign_in() {
        Page admin = createUserAsAlice("nora", "Nora Quist", "welcome-nora");
        assertThat(grid(admin, "Users").getByText("Must change password").first()).isVisible();
        screenshot(admin, "users");

        Page nora = newPerson();
        submitSignIn(nora, "nora", "welcome-nora");
        assertThat(heading(nora, "Choose your own password")).isVisible();
        nora.navigate(url("/"));
        assertThat(heading(nora, "Choose your own password")).isVisible(); // no way round it
        screenshot(nora, "forced-password-change");

        label(nora, "New password").fill("nora");
        label(nora, "Repeat the new password").fill("nora");
        button(nora, "Save and continue").click();
        assertThat(nora.getByText("Use at least 8 characters")).isVisible();
        label(nora, "New password").fill("noras-own-secret");
        label(nora, "Repeat the new password").fill("noras-own-secret");
        button(nora, "Save and continue").click();
        assertThat(heading(nora, "Designs")).isVisible();

        Page again = newPerson();
        signIn(again, "nora", "noras-own-secret");
        again.getByLabel("Account of Nora Quist").getByRole(AriaRole.MENUITEM).first().click();
        again.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("My account").setExact(true)).click();
        assertThat(heading(again, "My account")).isVisible();
        label(again, "Display name").fill("Nora Q. Quist");
        button(again, "Save profile").click();
        assertThat(again.getByLabel("Account of Nora Q. Quist")).isVisible();
        screenshot(again, "my-account");
    }

    @Test
    void a_disabled_user_cannot_sign_in_and_is_told_only_what_a_wrong_password_is_told() {
        Page admin = createUserAsAlice("dora", "Dora Berg", "welcome-dora");
        button(admin, "Disable dora").click();
        assertThat(grid(admin, "Users").getByText("Disabled").first()).isVisible();

        Page dora = newPerson();
        submitSignIn(dora, "dora", "welcome-dora");

        // the same as for a wrong password or an unknown user: nothing tells an outsider that dora exists
        assertThat(dora.getByText("Wrong username or password")).isVisible();
        assertThat(dora.getByText("Account disabled")).not().isVisible();
        assertThat(dora).hasURL(LOGIN_PAGE);
        assertThat(heading(dora, "Choose your own password")).not().isVisible();
    }

    @Test
    void a_non_administrator_sees_no_users_page_and_cannot_open_it() {
        Page bob = newPerson();
        signIn(bob, "bob", "demo");
        assertThat(bob.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users").setExact(true)))
                .not().isVisible();

        bob.navigate(url("/users"));

        assertThat(bob.locator("body")).not().containsText("Reset password");
        assertThat(heading(bob, "Users")).not().isVisible();
        assertThat(bob.getByRole(AriaRole.TREEGRID, new Page.GetByRoleOptions().setName("Users"))).hasCount(0);
    }

    @Test
    void with_self_sign_up_on_a_person_creates_an_account_and_signs_in() {
        Page admin = newPerson();
        signIn(admin, "alice", "demo");
        admin.navigate(url("/users"));
        label(admin, "Anyone may create their own account on the sign-in page (self sign-up)").check();
        assertThat(admin.getByText("Self sign-up is on")).isVisible();
        try {
            Page newcomer = newPerson();
            newcomer.navigate(url("/login"));
            newcomer.getByText("No account yet? Create one").click();
            assertThat(heading(newcomer, "Create an account")).isVisible();
            label(newcomer, "Username").fill("sam");
            label(newcomer, "Display name").fill("Sam Reyes");
            label(newcomer, "Password").fill("sams-secret");
            label(newcomer, "Repeat the password").fill("sams-secret");
            screenshot(newcomer, "sign-up");
            button(newcomer, "Create account").click();
            assertThat(newcomer).hasURL(LOGIN_PAGE);
            signIn(newcomer, "sam", "sams-secret");
        } finally {
            currentUser.runAs("alice", () -> {
                administration.setSelfSignUp(false);
                return null;
            });
        }
        Page later = newPerson();
        later.navigate(url("/signup"));
        assertThat(heading(later, "Sign-up is off")).isVisible();
    }

    @Test
    void the_health_endpoint_answers_up_without_sign_in_and_without_details() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
                HttpResponse.BodyHandlers.ofString());

        org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void five_wrong_passwords_lock_the_sign_in_from_there_and_say_no_more_than_a_wrong_password() {
        currentUser.runAs("alice", () -> administration.create(new UserAdministration.NewUser("lena", "Lena Holm",
                null, "welcome-lena", false)));
        Page lena = newPerson();
        for (int i = 0; i < 5; i++) {
            submitSignIn(lena, "lena", "wrong-" + i);
            assertThat(lena.getByText("Wrong username or password")).isVisible();
        }

        submitSignIn(lena, "lena", "welcome-lena");

        assertThat(lena.getByText("Wrong username or password")).isVisible();
        assertThat(lena.getByText(Pattern.compile("After 5 failed tries, signing in from here pauses for 15 "
                + "minutes\\."))).isVisible();
        assertThat(lena).hasURL(LOGIN_PAGE);
        screenshot(lena, "account-locked");
    }
}
