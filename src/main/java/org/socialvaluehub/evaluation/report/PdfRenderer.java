package org.socialvaluehub.evaluation.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to a tagged PDF (PDF/UA) with DejaVu Sans embedded, so the text can be read
 * aloud, searched and extracted.
 */
@Component
class PdfRenderer {

    private static final String FONT = "/evaluation/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/evaluation/fonts/DejaVuSans-Bold.ttf";

    private final ITemplateEngine templates;

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(String template, Map<String, Object> variables) {
        String html = templates.process(template, new Context(Locale.UK, variables));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Social Value Hub");
            builder.useFont(
                    () -> PdfRenderer.class.getResourceAsStream(FONT), "DejaVu Sans", 400, FontStyle.NORMAL, true);
            builder.useFont(
                    () -> PdfRenderer.class.getResourceAsStream(BOLD), "DejaVu Sans", 700, FontStyle.NORMAL, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
