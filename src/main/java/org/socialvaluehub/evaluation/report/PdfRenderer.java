package org.socialvaluehub.evaluation.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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

    private static final String SAMPLE =
            "<html lang=\"en\"><head><title>Warm-up</title><style>body{font-family:'DejaVu Sans'}</style></head>"
                    + "<body><h1>Warm-up</h1><p><b>1</b> 2</p></body></html>";

    private final ITemplateEngine templates;
    private final byte[] font = read(FONT);
    private final byte[] bold = read(BOLD);

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(String template, Map<String, Object> variables) {
        return renderHtml(templates.process(template, new Context(Locale.UK, variables)));
    }

    /** Renders a small page once, so the first report a person asks for does not pay for loading the renderer. */
    byte[] warmUp() {
        return renderHtml(SAMPLE);
    }

    private byte[] renderHtml(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Social Value Hub");
            builder.useFont(() -> new ByteArrayInputStream(font), "DejaVu Sans", 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), "DejaVu Sans", 700, FontStyle.NORMAL, true);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the application: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
