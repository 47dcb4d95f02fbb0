package org.socialvaluehub.resources.content;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.socialvaluehub.resources.core.ImageType;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Images for resources: coordinators upload them (checked by their bytes and size); anyone may view them. */
@Controller
class ImagesController {

    private final ImageRepository images;

    ImagesController(ImageRepository images) {
        this.images = images;
    }

    @GetMapping("/coordinator/resources/images")
    String initUploadForm(SignedInUser user, Model model) {
        Access.requireCoordinator(user);
        model.addAttribute("images", images.recent());
        return "resources/images";
    }

    @PostMapping("/coordinator/resources/images")
    String processUploadForm(
            SignedInUser user,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String description,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        Access.requireCoordinator(user);
        String problem = null;
        Optional<ImageType> type = Optional.empty();
        if (file == null || file.isEmpty()) {
            problem = "resources.image.missing";
        } else if (file.getSize() > ImageType.MAX_BYTES) {
            problem = "resources.image.tooLarge";
        } else {
            type = ImageType.detect(file.getBytes());
            problem = type.isEmpty() ? "resources.image.wrongType" : null;
        }
        if (problem != null) {
            model.addAttribute("problem", problem);
            model.addAttribute("description", description);
            model.addAttribute("images", images.recent());
            return "resources/images";
        }
        long id = images.insert(type.get().contentType(), file.getBytes(), description.strip(), user.displayName());
        redirect.addFlashAttribute("notice", "resources.image.uploaded");
        redirect.addFlashAttribute("noticeArgument", "![" + description.strip() + "](/resources/images/" + id + ")");
        return "redirect:/coordinator/resources/images";
    }

    @GetMapping("/resources/images/{id}")
    ResponseEntity<byte[]> show(@PathVariable long id) {
        ImageRepository.StoredImage image =
                images.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, image.contentType())
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("image-" + id)
                                .build()
                                .toString())
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(image.bytes());
    }
}
