package org.schemaboard.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Comments render as Markdown, and nothing in them can run or load in a reader's browser. */
class CommentMarkdownTest {

    @Test
    void markdown_is_rendered() {
        String html = CommentMarkdown.toHtml("**Why** this index?\n\n- a\n- `code`");
        assertThat(html).contains("<strong>Why</strong>").contains("<li>a</li>").contains("<code>code</code>");
    }

    @Test
    void raw_html_is_escaped_not_rendered() {
        String html = CommentMarkdown.toHtml("<script>alert(1)</script> <img src=x onerror=alert(1)>\n\n"
                + "<svg onload=alert(1)><b onmouseover=alert(1)>x</b></svg>");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<svg").doesNotContain("<b ")
                .contains("&lt;script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void only_http_https_and_mailto_links_keep_their_target() {
        String html = CommentMarkdown.toHtml("[ok](https://example.org/a) [mail](mailto:a@example.org) "
                + "[bad](javascript:alert(1)) [bad2]( JaVaScRiPt:alert(1)) [data](data:text/html,<script>x</script>) "
                + "[rel](/admin) <javascript:alert(1)> <https://example.org/auto>\n\n[ref][r]\n\n[r]: javascript:alert(2)");
        assertThat(html).contains("href=\"https://example.org/a\"").contains("href=\"mailto:a@example.org\"")
                .contains("href=\"https://example.org/auto\"")
                .doesNotContainIgnoringCase("href=\"javascript").doesNotContainIgnoringCase("href=\" javascript")
                .doesNotContain("href=\"data:").doesNotContain("href=\"/admin\"")
                .doesNotContain("<script>").contains("rel=\"nofollow noopener noreferrer\"");
    }

    @Test
    void images_are_never_loaded() {
        String html = CommentMarkdown.toHtml("![x](https://tracker.example/pixel.png) ![y](javascript:alert(1))\n\n"
                + "![z][p]\n\n[p]: https://tracker.example/p.png");
        assertThat(html).doesNotContain("src=").doesNotContainIgnoringCase("javascript:alert(1)\"");
    }

    @Test
    void mentions_are_marked_in_text_but_not_in_code_addresses_or_links() {
        String html = CommentMarkdown.toHtml("@rita please look; mail a@b.org, see `@notme` and https://x.org/@path");
        assertThat(html).contains("<span class=\"sb-mention\">@rita</span>").contains("<code>@notme</code>")
                .doesNotContain(">@b.org").doesNotContain("sb-mention\">@path");
    }

    @Test
    void mentions_are_found_once_each_in_order() {
        assertThat(CommentService.mentionsIn("@Rita and @bob, again @rita. not a@b.org")).containsExactly("rita", "bob");
    }
}
