package org.socialvaluehub.resources.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<img src=x onerror=alert(1)>",
                "<a href=\"javascript:alert(1)\">click</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">click</a>",
                "<a href=\"&#106;avascript:alert(1)\">click</a>",
                "<a href=\" javascript:alert(1)\">click</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
                "<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">",
                "<svg onload=alert(1)><circle/></svg>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<div style=\"background:url(javascript:alert(1))\" onmouseover=\"alert(1)\">x</div>",
                "<p onclick=\"alert(1)\">text</p>",
                "<form action=\"https://evil.example\"><input name=x></form>",
                "<object data=\"x.swf\"></object><embed src=\"x.swf\">",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<a href=\"vbscript:msgbox(1)\">x</a>"
            })
    void stripsScriptsEventHandlersAndUnsafeLinksFromHtml(String nasty) {
        assertSafe(HtmlSanitiser.clean(nasty));
        assertSafe(Markdown.render(nasty).html());
        assertSafe(Markdown.render("Some text\n\n" + nasty + "\n\nMore text").html());
    }

    @Test
    void stripsJavascriptAndDataLinksWrittenInMarkdown() {
        String html = Markdown.render("[click](javascript:alert(1)) and ![x](data:image/png;base64,AAAA) "
                        + "and [ok](https://example.org)")
                .html();
        assertSafe(html);
        assertThat(html).contains("href=\"https://example.org\"");
    }

    @Test
    void linksGetASafeRel() {
        String html = Markdown.render("[the guide](https://example.org/guide)").html();
        assertThat(html).contains("rel=\"nofollow noopener noreferrer\"").contains("class=\"govuk-link\"");
    }

    @Test
    void keepsFormattingTablesAndUploadedImages() {
        String html = Markdown.render("""
                **bold** and *quiet*

                | Year | Jobs |
                |------|------|
                | 2025 | 12   |

                ![Apprentices at work](/resources/images/12)
                """).html();
        assertThat(html)
                .contains(
                        "<strong>bold</strong>",
                        "<em>quiet</em>",
                        "<table class=\"govuk-table\">",
                        "src=\"/resources/images/12\"",
                        "alt=\"Apprentices at work\"");
    }

    @Test
    void listsSecondLevelHeadingsAsTheContents() {
        RenderedPage page = Markdown.render("Intro\n\n## Step 1: plan\n\ntext\n\n### detail\n\n## Step 2: act\n");
        assertThat(page.contents())
                .extracting(RenderedPage.Heading::text)
                .containsExactly("Step 1: plan", "Step 2: act");
        assertThat(page.contents().get(0).id()).startsWith("section-");
        assertThat(page.html()).contains("id=\"" + page.contents().get(0).id() + "\"");
    }

    private static void assertSafe(String html) {
        String lower = html.toLowerCase();
        assertThat(lower)
                .doesNotContain(
                        "<script",
                        "javascript:",
                        "vbscript:",
                        "data:",
                        "onerror",
                        "onload",
                        "onclick",
                        "onmouseover",
                        "<iframe",
                        "<svg",
                        "<object",
                        "<embed",
                        "<form",
                        "<style",
                        "style=");
    }
}
