package org.socialvaluehub.spend.imports;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.socialvaluehub.shared.SignedInUser;
import org.socialvaluehub.spend.SpendAccess;
import org.socialvaluehub.spend.core.ColumnMapping;
import org.socialvaluehub.spend.core.ReaderLimits;
import org.socialvaluehub.spend.core.SpendField;
import org.socialvaluehub.spend.core.SpendFileException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A buyer uploads a spend file, confirms its columns, previews it and imports it. */
@Controller
class SpendImportController {

    /** Files up to this size are imported while the person waits; larger ones in a background job. */
    static final long INLINE_LIMIT = 2 * ReaderLimits.MEGABYTE;

    /** A column field's name: columns are counted from 1, and no spend file is 10,000 columns wide. */
    private static final Pattern COLUMN = Pattern.compile("column([1-9][0-9]{0,3})");

    private final SpendAccess access;
    private final SpendUploads uploads;
    private final ImportRepository imports;
    private final SpendJobs.ImportQueue queue;

    SpendImportController(
            SpendAccess access, SpendUploads uploads, ImportRepository imports, SpendJobs.ImportQueue queue) {
        this.access = access;
        this.uploads = uploads;
        this.imports = imports;
        this.queue = queue;
    }

    @GetMapping("/spend/import")
    String initUploadForm(
            SignedInUser user,
            @RequestParam(required = false) Long buyer,
            @RequestParam(defaultValue = "false") boolean tooLarge,
            Model model) {
        var chosen = access.chooseBuyer(user, buyer);
        model.addAttribute("buyers", access.buyersFor(user));
        model.addAttribute("buyer", chosen);
        model.addAttribute("recent", imports.recent(chosen.id()));
        model.addAttribute("waiting", uploads.waitingToConfirm(chosen.id()));
        if (tooLarge) {
            model.addAttribute("uploadError", "spend.upload.error.tooLarge");
        }
        return "spend/import";
    }

    @PostMapping("/spend/import")
    String processUploadForm(
            SignedInUser user,
            @RequestParam(required = false) Long buyer,
            @RequestParam(required = false) MultipartFile file,
            Model model)
            throws IOException {
        var chosen = access.chooseBuyer(user, buyer);
        String error = file == null
                        || file.getOriginalFilename() == null
                        || file.getOriginalFilename().isBlank()
                ? "spend.upload.error.missing"
                : file.isEmpty()
                        ? "spend.upload.error.empty"
                        : file.getSize() > ReaderLimits.defaults().maxFileBytes()
                                ? "spend.upload.error.tooLarge"
                                : null;
        if (error != null) {
            model.addAttribute("buyers", access.buyersFor(user));
            model.addAttribute("buyer", chosen);
            model.addAttribute("recent", imports.recent(chosen.id()));
            model.addAttribute("uploadError", error);
            return "spend/import";
        }
        String name = file.getOriginalFilename() == null ? "spend.csv" : file.getOriginalFilename();
        long id = uploads.store(chosen.id(), name, file.getInputStream(), file.getSize(), user.id());
        return "redirect:/spend/uploads/" + id + "/mapping";
    }

    @GetMapping("/spend/uploads/{id}/mapping")
    String initMappingForm(SignedInUser user, @PathVariable long id, Model model) {
        var upload = upload(user, id);
        model.addAttribute("upload", upload);
        try {
            UploadPreview detected = uploads.preview(upload, true);
            UploadPreview current = uploads.preview(upload, false);
            model.addAttribute("detected", detected);
            model.addAttribute("current", current);
            model.addAttribute("fields", SpendField.values());
            model.addAttribute("headedAfresh", uploads.headedAfresh(upload));
        } catch (SpendFileException e) {
            model.addAttribute("fileProblem", SpendUploads.problemKey(e));
        }
        return "spend/mapping";
    }

    @PostMapping("/spend/uploads/{id}/mapping")
    String processMappingForm(
            SignedInUser user,
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        var upload = upload(user, id);
        Map<SpendField, Integer> columns = new EnumMap<>(SpendField.class);
        String error = null;
        for (var entry : form.entrySet()) {
            if (entry.getKey().startsWith("column") && !entry.getValue().isBlank()) {
                var number = COLUMN.matcher(entry.getKey());
                SpendField field = field(entry.getValue());
                if (!number.matches()) {
                    error = "spend.mapping.error.unknownColumn";
                } else if (field == null || columns.put(field, Integer.parseInt(number.group(1))) != null) {
                    error = "spend.mapping.error.twice";
                }
            }
        }
        for (SpendField required : new SpendField[] {SpendField.DATE, SpendField.AMOUNT, SpendField.SUPPLIER_NAME}) {
            if (!columns.containsKey(required) && error == null) {
                error = "spend.mapping.error.required";
            }
        }
        if (error != null) {
            model.addAttribute("mappingError", error);
            return initMappingForm(user, id, model);
        }
        try {
            uploads.confirmMapping(upload, ColumnMapping.confirmed(columns));
        } catch (SpendFileException e) {
            return initMappingForm(user, id, model);
        }
        redirect.addFlashAttribute("notice", "spend.mapping.saved");
        return "redirect:/spend/uploads/" + id + "/preview";
    }

    @GetMapping("/spend/uploads/{id}/preview")
    String preview(
            SignedInUser user, @PathVariable long id, @RequestParam(defaultValue = "false") boolean busy, Model model) {
        var upload = upload(user, id);
        model.addAttribute("upload", upload);
        if (busy) {
            model.addAttribute("importError", "spend.import.busy");
        }
        try {
            model.addAttribute("preview", uploads.preview(upload, false));
            model.addAttribute("people", uploads.peopleIn(upload));
            var check = uploads.check(upload);
            model.addAttribute("check", check);
            model.addAttribute("refused", uploads.refuses(check));
            model.addAttribute("maxRejectedPercent", uploads.maxRejectedPercent());
        } catch (SpendFileException e) {
            model.addAttribute("fileProblem", SpendUploads.problemKey(e));
        }
        return "spend/preview";
    }

    @PostMapping("/spend/uploads/{id}/import")
    String startImport(
            SignedInUser user,
            @PathVariable long id,
            @RequestParam(name = "withholdPayee", required = false) List<String> payees,
            @RequestParam(name = "withholdType", required = false) List<String> types) {
        var upload = upload(user, id);
        if (uploads.anotherImportRuns(upload)) {
            return "redirect:/spend/uploads/" + id + "/preview?busy=true";
        }
        if (upload.status().equals("UPLOADED") || upload.status().equals("FAILED")) {
            uploads.withhold(
                    id,
                    new Withheld(
                            payees == null ? Set.of() : Set.copyOf(payees),
                            types == null ? Set.of() : Set.copyOf(types)));
            if (upload.sizeBytes() <= INLINE_LIMIT) {
                uploads.runImport(id);
            } else {
                queue.enqueue(id);
            }
        }
        return "redirect:/spend/uploads/" + id;
    }

    @GetMapping("/spend/uploads/{id}")
    String status(SignedInUser user, @PathVariable long id, Model model) {
        var upload = upload(user, id);
        model.addAttribute("upload", upload);
        if (upload.importId() != null) {
            model.addAttribute("result", imports.find(upload.importId()));
            model.addAttribute("earlier", imports.earlier(upload.importId()));
            model.addAttribute("rejections", imports.rejections(upload.importId()));
        }
        return "spend/status";
    }

    @GetMapping("/spend/uploads/{id}/progress")
    String progress(SignedInUser user, @PathVariable long id, Model model) {
        status(user, id, model);
        return "spend/status :: progress";
    }

    private UploadRepository.Upload upload(SignedInUser user, long id) {
        var upload = uploads.find(id)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND));
        access.requireBuyer(user, upload.buyerId());
        return upload;
    }

    private static SpendField field(String key) {
        for (SpendField field : SpendField.values()) {
            if (field.key().equals(key)) {
                return field;
            }
        }
        return null;
    }
}
