package org.schemaboard.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.schemaboard.BrowserTestBase;
import org.schemaboard.checks.ChecksService;
import org.schemaboard.spec.Check;
import org.schemaboard.design.DesignDraft;
import org.schemaboard.design.DesignRole;
import org.schemaboard.design.DesignService;
import org.schemaboard.design.TargetDatabase;
import org.schemaboard.export.SpecificationExport;
import org.schemaboard.model.entity.AttributeDraft;
import org.schemaboard.model.relationship.Cardinality;
import org.schemaboard.model.DesignModelService;
import org.schemaboard.model.entity.EntityDraft;
import org.schemaboard.model.entity.EntityKind;
import org.schemaboard.model.entity.EntityService;
import org.schemaboard.model.querypattern.FrequencyUnit;
import org.schemaboard.model.index.Index;
import org.schemaboard.model.index.IndexDraft;
import org.schemaboard.model.index.IndexService;
import org.schemaboard.model.querypattern.QueryPatternDraft;
import org.schemaboard.model.querypattern.QueryPatternService;
import org.schemaboard.model.relationship.ReferentialAction;
import org.schemaboard.model.relationship.Relationship;
import org.schemaboard.model.relationship.RelationshipDraft;
import org.schemaboard.model.relationship.RelationshipService;
import org.schemaboard.review.CommentService;
import org.schemaboard.review.ElementRef;
import org.schemaboard.review.ReviewService;
import org.schemaboard.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile input never runs. A corpus of script tags, event-handler attributes, {@code javascript:} links, SVG payloads
 * and Markdown tricks goes into every free-text field of a design — a comment and an entity's purpose typed in the
 * browser, the other fields through the same services the forms call — and every page that shows them is opened:
 * designs list, each editor section, the comment dialog, the review panel, the notification list, the approved
 * version and the specification preview, plus the HTML export on its own. Each payload would call {@code __pwned()}
 * or open a dialog; neither may happen, and no live handler or {@code javascript:} link may appear in the page.
 */
class XssIT extends BrowserTestBase {

    /** Each one, if it ever ran, calls window.__pwned or opens an alert. */
    static final List<String> CORPUS = List.of(
            "<script>__pwned('script')</script>",
            "<img src=x onerror=\"__pwned('img')\">",
            "<svg onload=\"__pwned('svg')\"><circle r=\"1\"/></svg>",
            "<svg><script>__pwned('svg-script')</script></svg>",
            "<a href=\"javascript:__pwned('a')\">click me</a>",
            "[markdown link](javascript:__pwned('md'))",
            "[spaced]( JaVaScRiPt:__pwned('md2'))",
            "![image](x\" onerror=\"__pwned('md-img'))",
            "<iframe src=\"javascript:__pwned('iframe')\"></iframe>",
            "\"><img src=x onerror=__pwned('breakout')>",
            "' onmouseover='__pwned(\"attr\")' x='",
            "${__pwned('lit')} {{__pwned('tpl')}}",
            "<details open ontoggle=\"__pwned('details')\">",
            "<style>@import 'javascript:__pwned(1)';</style><b style=\"x:expression(__pwned('css'))\">b</b>",
            "[ref link][r]\n\n[r]: javascript:__pwned('ref')",
            "<math><mi xlink:href=\"javascript:__pwned('math')\">m</mi></math>",
            "<body onload=\"__pwned('body')\">");
    static final String ALL = String.join("\n\n", CORPUS);

    @Autowired DesignService designs;
    @Autowired EntityService entities;
    @Autowired RelationshipService relationships;
    @Autowired IndexService indexes;
    @Autowired QueryPatternService patterns;
    @Autowired CommentService comments;
    @Autowired ReviewService reviews;
    @Autowired DesignModelService models;
    @Autowired CurrentUser currentUser;
    @Autowired ChecksService checks;
    @Autowired org.schemaboard.spec.SpecificationService specifications;

    @Test
    void hostile_input_in_every_text_field_and_comment_never_runs() {
        String name = "<img src=x onerror=__pwned('name')> Shop " + UUID.randomUUID().toString().substring(0, 4);
        UUID[] ids = currentUser.runAs("alice", () -> {
            UUID id = designs.create(new DesignDraft(name, TargetDatabase.POSTGRESQL, cut(ALL, 2000)));
            designs.setMember(id, "rita", DesignRole.REVIEWER);
            UUID users = entities.createEntity(id, new EntityDraft("users", EntityKind.CORE, null, cut(ALL, 8000),
                    cut(ALL, 4000), cut(ALL, 8000)));
            UUID userId = entities.addAttribute(users, AttributeDraft.of("id", "UUID").asPrimaryKey());
            UUID email = entities.addAttribute(users, new AttributeDraft("email", "VARCHAR", 255, null, null, true,
                    "'<script>__pwned(1)</script>'", false, false, false, "email <> '<svg onload=__pwned(2)>'",
                    cut(ALL, 4000)));
            UUID orders = entities.createEntity(id, EntityDraft.named("orders", EntityKind.CORE));
            UUID orderUser = entities.addAttribute(orders, AttributeDraft.of("user_id", "UUID").notNull());
            relationships.create(id, new RelationshipDraft(users, orders, Cardinality.ONE_TO_MANY,
                    List.of(new Relationship.ColumnPair(userId, orderUser)), ReferentialAction.RESTRICT, null,
                    cut(CORPUS.get(1), 200), false, cut(ALL, 4000), null, null, null));
            UUID index = indexes.create(id, new IndexDraft(users, "idx_users_email",
                    List.of(new Index.IndexColumn(email, false)), true, true, "email <> '<script>__pwned(3)</script>'",
                    null, cut(ALL, 1000), cut(ALL, 4000), null));
            patterns.create(id, new QueryPatternDraft(cut(CORPUS.get(2), 200), cut(ALL, 4000),
                    "SELECT '<script>__pwned(4)</script>' FROM users", new BigDecimal("5"), FrequencyUnit.SECOND, 20,
                    List.of(users), List.of(index)));
            return new UUID[] {id, users, index};
        });
        UUID designId = ids[0];
        currentUser.runAs("rita", () -> comments.startThread(designId,
                ElementRef.of(ElementRef.INDEX, ids[2], "idx"), ALL + "\n\n@alice", false));
        // the quality gate refuses approval while an error-level check finding is open: the hostile names break
        // naming rules on purpose, so alice accepts those findings with a reason (the reason is hostile text too)
        currentUser.runAs("alice", () -> {
            checks.open(designId).stream().filter(c -> c.severity() == Check.Severity.ERROR)
                    .forEach(c -> checks.suppress(designId, c, "<img src=x onerror=alert(9)> accepted"));
            return null;
        });
        currentUser.runAs("alice", () -> specifications.save(designId, 0, org.schemaboard.TestData.CRITIQUE));
        currentUser.runAs("alice", () -> reviews.requestReview(designId, List.of("rita"), cut(ALL, 4000)));

        Page alice = newPerson();
        List<String> alarms = watch(alice);
        signIn(alice, "alice", "demo");
        Page rita = newPerson();
        List<String> ritasAlarms = watch(rita);
        signIn(rita, "rita", "demo");

        // typed in the browser: an entity's purpose, a comment and a reply
        alice.navigate(url("/designs/" + designId + "/entities"));
        cell(grid(alice, "Entities"), "users").click();
        alice.getByLabel("Purpose").fill(cut(ALL, 4000));
        button(alice, "Save entity").click();
        assertThat(alice.getByText("Saved entity users")).isVisible();
        alice.reload();
        cell(grid(alice, "Entities"), "users").click();
        assertThat(alice.getByLabel("Purpose")).hasValue(cut(ALL, 4000));
        button(alice, "Comments on entity users").click();
        Locator dialog = alice.getByRole(AriaRole.DIALOG);
        dialog.getByLabel("New comment").fill(ALL);
        button(dialog, "Comment").click();
        assertThat(dialog.getByText("click me").first()).isVisible();
        assertNothingRan(alice, alarms, "comment dialog");
        screenshot(alice, "xss-comment-dialog");
        button(dialog, "Close").click();

        UUID aliceThread = currentUser.runAs("alice", () -> comments.threadsOf(designId, ids[1].toString()))
                .get(0).id();
        currentUser.runAs("rita", () -> comments.reply(aliceThread, ALL + " @alice"));
        rita.navigate(url("/designs/" + designId + "/review"));
        showThreads(rita);
        rita.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("All").setExact(true)).click();
        Locator thread = rita.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions()
                .setName("Thread on Entity users"));
        assertThat(thread.locator(".sb-comment")).hasCount(2);
        assertNothingRan(rita, ritasAlarms, "review panel");
        screenshot(rita, "xss-review-panel");

        // every place that shows the texts
        List<String> places = new ArrayList<>(List.of("/", "/designs/" + designId + "/entities",
                "/designs/" + designId + "/relationships", "/designs/" + designId + "/indexes",
                "/designs/" + designId + "/query-patterns", "/designs/" + designId + "/history",
                "/designs/" + designId + "/review", "/designs/" + designId + "/members"));
        for (String place : places) {
            alice.navigate(url(place));
            alice.waitForSelector("vaadin-app-layout");
            hoverEverything(alice);
            assertNothingRan(alice, alarms, place);
        }
        alice.navigate(url("/designs/" + designId + "/entities"));
        cell(grid(alice, "Entities"), "users").click();
        assertThat(alice.getByLabel("Business rules")).isVisible();
        assertNothingRan(alice, alarms, "entity form");
        alice.navigate(url("/designs/" + designId + "/indexes"));
        button(alice, "Edit idx_users_email").click();
        assertThat(alice.getByRole(AriaRole.DIALOG)).isVisible();
        assertNothingRan(alice, alarms, "index dialog");
        alice.keyboard().press("Escape");
        alice.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("^Notifications"))).click();
        assertThat(alice.locator(".sb-bell-item").first()).isVisible();
        assertNothingRan(alice, alarms, "notifications");
        screenshot(alice, "xss-notifications");
        alice.keyboard().press("Escape");

        // the specification preview and, once approved, the read-only version
        button(alice, "Export specification").click();
        button(alice, "Preview the specification").click();
        assertThat(alice.frameLocator("iframe.sb-preview").getByText("idx_users_email").first()).isVisible();
        assertNothingRan(alice, alarms, "specification preview");
        rita.reload();
        button(rita, "Approve").click();
        button(rita.getByRole(AriaRole.DIALOG), "Approve").click();
        // the approval's round trip must finish before the page is left, or it is cancelled with the page
        assertThat(rita.locator("[aria-label='Review status: Approved v1']").first()).isVisible();
        rita.navigate(url("/designs/" + designId + "/versions/1"));
        assertThat(rita.frameLocator("iframe.sb-snapshot-frame").getByText("idx_users_email").first()).isVisible();
        assertNothingRan(rita, ritasAlarms, "approved version");
        screenshot(rita, "xss-snapshot");

        // the HTML export on its own, as a browser opens the downloaded file
        String html = currentUser.runAs("alice", () -> SpecificationExport.html(models.load(designId)));
        // The one SVG allowed is the ER diagram Schemaboard draws itself: it must carry the hostile names as text only.
        java.util.regex.Matcher figure = java.util.regex.Pattern.compile("(?s)<figure class=\"erd\".*?</figure>")
                .matcher(html);
        assertThat(figure.find()).as("the ER diagram is embedded").isTrue();
        // attribute values (e.g. an aria-label naming the design) hold the hostile text escaped: look at the markup only
        String markup = figure.group().replaceAll("\"[^\"]*\"", "\"\"").replaceAll("(?s)>[^<]*<", "><");
        assertThat(markup).doesNotContainPattern("(?i)<(script|iframe|img|foreignObject)[\\s>]")
                .doesNotContainPattern("(?i)<[^>]*\\son[a-z]+\\s*=").doesNotContainPattern("(?i)javascript:");
        assertThat(figure.replaceAll(""))
                .doesNotContainPattern("(?i)<(script|svg|iframe|img|math|details|body onload)[\\s>]")
                .doesNotContainPattern("(?i)<[^>]*\\son[a-z]+\\s*=").doesNotContainPattern("(?i)href\\s*=\\s*\"\\s*javascript");
        Page file = newPerson();
        List<String> fileAlarms = watch(file);
        file.setContent(html);
        assertThat(file.getByText("idx_users_email").first()).isVisible();
        hoverEverything(file);
        assertNothingRan(file, fileAlarms, "HTML export");
    }

    private static void showThreads(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("^Show (Open|Resolved|All)$"))).click();
    }

    /** Counts every call of __pwned and every dialog. */
    private static List<String> watch(Page page) {
        List<String> alarms = new CopyOnWriteArrayList<>();
        page.onDialog(d -> {
            alarms.add("dialog: " + d.message());
            d.dismiss();
        });
        page.addInitScript("window.__pwned = (what) => { (window.__pwnedBy = window.__pwnedBy || []).push(String(what)); };");
        return alarms;
    }

    private static void assertNothingRan(Page page, List<String> alarms, String where) {
        Object ran = page.evaluate("() => (window.__pwnedBy || []).join(', ')");
        assertThat(ran).as("payloads run on " + where).isEqualTo("");
        assertThat(alarms).as("dialogs on " + where).isEmpty();
        Object live = page.evaluate("""
                () => {
                  const found = [];
                  const visit = (root) => {
                    root.querySelectorAll('*').forEach(el => {
                      for (const a of el.attributes) {
                        const v = (a.value || '').toLowerCase();
                        if ((a.name.startsWith('on') && v.includes('__pwned'))
                            || ((a.name === 'href' || a.name === 'src' || a.name.endsWith(':href'))
                                && v.replace(/\\s/g, '').startsWith('javascript:'))) {
                          found.push(el.tagName + ' ' + a.name);
                        }
                      }
                      if (el.tagName === 'SCRIPT' && (el.textContent || '').includes('__pwned')) found.push('SCRIPT');
                      if (el.shadowRoot) visit(el.shadowRoot);
                    });
                  };
                  visit(document);
                  return found.join(', ');
                }""");
        assertThat(live).as("live handlers or javascript: links on " + where).isEqualTo("");
    }

    /** Moves the mouse over every link and comment so mouse handlers would fire. */
    private static void hoverEverything(Page page) {
        page.evaluate("""
                () => document.querySelectorAll('a, b, span, p, li, td, vaadin-grid-cell-content').forEach(el => {
                  el.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
                })""");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
