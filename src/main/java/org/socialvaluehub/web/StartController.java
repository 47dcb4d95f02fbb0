package org.socialvaluehub.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page and the footer pages (accessibility, cookies; privacy has its own controller). */
@Controller
class StartController {

    private static String info(String page, Model model) {
        model.addAttribute("page", page);
        return "web/info";
    }

    @GetMapping("/")
    String start() {
        return "web/start";
    }

    @GetMapping("/accessibility")
    String accessibility(Model model) {
        return info("accessibility", model);
    }

    @GetMapping("/cookies")
    String cookies(Model model) {
        return info("cookies", model);
    }
}
