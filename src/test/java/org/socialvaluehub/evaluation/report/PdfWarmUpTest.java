package org.socialvaluehub.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;

class PdfWarmUpTest {

    @Test
    void theWarmUpRendersARealTaggedPdfWithTheEmbeddedFonts() throws Exception {
        byte[] pdf = new PdfRenderer(new TemplateEngine()).warmUp();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Warm-up");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            var resources = document.getPage(0).getResources();
            StringBuilder fonts = new StringBuilder();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts.append(font.getName()).append(' ');
            }
            assertThat(fonts.toString()).contains("DejaVuSans");
        }
    }
}
