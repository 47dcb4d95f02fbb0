package org.socialvaluehub.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page and the footer pages (accessibility, privacy, cookies). */
@Controller
class StartController {

    @GetMapping("/")
    String start() {
        return "web/start";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "web/accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "web/privacy";
    }

    @GetMapping("/cookies")
    String cookies() {
        return "web/cookies";
    }
}
