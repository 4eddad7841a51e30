package org.schemaboard.review;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comment text (Markdown) as HTML that is safe to put into the page: raw HTML in the source is escaped, never
 * rendered; images are never loaded (only their text shows); a link keeps its target only when it is {@code http:},
 * {@code https:} or {@code mailto:} — anything else ({@code javascript:}, {@code data:}, relative paths) is rendered as
 * plain text. {@code @mentions} are marked so they stand out.
 */
public final class CommentMarkdown {

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SUPPRESSED_LINKS, "(?is)(?!\\s*(https?://|mailto:)).*")
            .set(HtmlRenderer.SOFT_BREAK, "<br />\n")
            .toImmutable();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS)
            .attributeProviderFactory(new SafeLinks()).build();
    private static final Pattern SAFE_URL = Pattern.compile("(?is)\\s*(https?://|mailto:).*");
    private static final Pattern TAG_OR_TEXT = Pattern.compile("<[^>]*>|[^<]+");
    private static final Pattern MENTION = Pattern.compile("(?<![\\w@&#/])@([A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?)");

    private CommentMarkdown() {
    }

    /** The comment as an HTML fragment wrapped in one {@code <div>}. */
    public static String toHtml(String markdown) {
        var document = PARSER.parse(markdown == null ? "" : markdown);
        String html = RENDERER.render(document);
        return "<div class=\"sb-comment-body\">" + markMentions(html) + "</div>";
    }

    /** Wraps {@code @name} in a span, in text only (never inside a tag or code). */
    static String markMentions(String html) {
        StringBuilder out = new StringBuilder(html.length() + 32);
        Matcher parts = TAG_OR_TEXT.matcher(html);
        int code = 0;
        while (parts.find()) {
            String part = parts.group();
            if (part.startsWith("<")) {
                String tag = part.toLowerCase(Locale.ROOT);
                if (tag.startsWith("<code") || tag.startsWith("<pre")) {
                    code++;
                } else if (tag.startsWith("</code") || tag.startsWith("</pre")) {
                    code = Math.max(0, code - 1);
                }
                out.append(part);
            } else if (code > 0) {
                out.append(part);
            } else {
                out.append(MENTION.matcher(part).replaceAll("<span class=\"sb-mention\">@$1</span>"));
            }
        }
        return out.toString();
    }

    /** Links open in a new tab without handing this page to the target; unsafe targets are dropped. */
    private static final class SafeLinks extends IndependentAttributeProviderFactory {

        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return (node, part, attributes) -> {
                if (node instanceof Image || node instanceof ImageRef) {
                    // An image would load from anywhere the author chose (a tracking pixel): never load one.
                    attributes.remove("src");
                    attributes.replaceValue("class", "sb-comment-image");
                    return;
                }
                if (part != AttributablePart.LINK) {
                    return;
                }
                if (node instanceof Link || node instanceof LinkRef || node instanceof AutoLink
                        || node instanceof MailLink) {
                    String href = attributes.getValue("href");
                    if (href == null || !SAFE_URL.matcher(href).matches()) {
                        attributes.remove("href");
                    }
                    attributes.replaceValue("rel", "nofollow noopener noreferrer");
                    attributes.replaceValue("target", "_blank");
                }
            };
        }
    }
}
