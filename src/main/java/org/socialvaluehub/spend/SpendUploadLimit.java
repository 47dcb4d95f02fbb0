package org.socialvaluehub.spend;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A spend file over the upload limit ({@code spring.servlet.multipart.max-file-size}) is refused before any controller
 * runs and before anything is stored; this sends the person back to the upload form with our own message. Uploads
 * elsewhere keep Spring's default handling.
 */
@ControllerAdvice
class SpendUploadLimit {

    static final String UPLOAD_PATH = "/spend/import";

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        if (!(request.getContextPath() + UPLOAD_PATH).equals(request.getRequestURI())) {
            throw e;
        }
        return "redirect:" + UPLOAD_PATH + "?tooLarge=true";
    }
}
