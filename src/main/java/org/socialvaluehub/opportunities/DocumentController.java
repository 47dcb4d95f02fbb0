package org.socialvaluehub.opportunities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Buyers upload an opportunity's documents; anyone who can see the opportunity downloads them. */
@Controller
class DocumentController {

    private final BuyerAccess access;
    private final Documents documents;
    private final PageParts parts;

    DocumentController(BuyerAccess access, Documents documents, PageParts parts) {
        this.access = access;
        this.documents = documents;
        this.parts = parts;
    }

    @PostMapping("/opportunities/{id}/documents")
    String upload(
            @PathVariable long id,
            @RequestParam(required = false) MultipartFile file,
            SignedInUser user,
            RedirectAttributes redirect)
            throws IOException {
        OpportunityDetails o = access.manageable(id, user);
        String problem =
                file == null ? "opp.document.empty" : Documents.problem(file.getOriginalFilename(), file.getSize());
        if (problem != null) {
            redirect.addFlashAttribute("documentProblem", problem);
            return "redirect:/opportunities/" + id + "#documents";
        }
        documents.add(
                id,
                file.getOriginalFilename(),
                file.getContentType(),
                file.getBytes(),
                o.status().isPublic());
        redirect.addFlashAttribute("notice", "opp.document.added");
        return "redirect:/opportunities/" + id + "#documents";
    }

    @GetMapping("/opportunities/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId, SignedInUser user) {
        parts.visible(id, user);
        Documents.Document document = documents.find(id, documentId).orElseThrow(OpportunityPageController::notFound);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(documents.content(documentId));
    }
}
