package org.socialvaluehub.spend.imports;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The same answer as {@link SpendUploadLimit} when the limit is met only when Spring resolves the upload (a
 * container that lets the parameters through): back to the upload form with our message.
 */
@ControllerAdvice
class SpendUploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        if (!(request.getContextPath() + SpendUploadLimit.UPLOAD_PATH).equals(request.getRequestURI())) {
            throw e;
        }
        return "redirect:" + SpendUploadLimit.TOO_LARGE;
    }
}
