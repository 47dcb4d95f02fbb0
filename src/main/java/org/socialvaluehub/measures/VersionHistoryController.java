package org.socialvaluehub.measures;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.socialvaluehub.measures.core.FrameworkCsvWriter;
import org.socialvaluehub.measures.core.FrameworkDiff;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The published versions with their change log, a comparison of any two, and each version as CSV. */
@Controller
class VersionHistoryController {

    private final Frameworks frameworks;

    VersionHistoryController(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    @GetMapping("/framework/versions")
    String versions(Model model) {
        model.addAttribute("versions", frameworks.versions());
        return "measures/versions";
    }

    @GetMapping("/framework/compare")
    String compare(
            @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to, Model model) {
        List<FrameworkVersion> all = frameworks.versions();
        model.addAttribute("versions", all);
        if (all.isEmpty()) {
            return "measures/compare";
        }
        int after = to != null ? to : all.get(0).number();
        int before = from != null ? from : Math.max(1, after - 1);
        FrameworkVersion older = find(before);
        FrameworkVersion newer = find(after);
        model.addAttribute("from", before);
        model.addAttribute("to", after);
        model.addAttribute("diff", FrameworkDiff.between(older.content(), newer.content()));
        return "measures/compare";
    }

    @GetMapping("/framework/versions/{number}/csv")
    ResponseEntity<byte[]> csv(@PathVariable int number) {
        return csvFile(FrameworkCsvWriter.write(find(number).content()), "framework-version-" + number + ".csv");
    }

    static ResponseEntity<byte[]> csvFile(byte[] bytes, String fileName) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .body(bytes);
    }

    private FrameworkVersion find(int number) {
        return frameworks.version(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
