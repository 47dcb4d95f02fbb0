package org.socialvaluehub.mail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The outbox page: coordinators read what the hub has sent (or would have sent, without SMTP). */
@Controller
class OutboxController {

    private final MailRepository messages;

    OutboxController(MailRepository messages) {
        this.messages = messages;
    }

    @GetMapping("/coordinator/outbox")
    String outbox(@RequestParam(name = "recipient", required = false) String recipient, Model model) {
        model.addAttribute("recipient", recipient);
        model.addAttribute("messages", messages.latest(recipient, 100));
        return "mail/outbox";
    }
}
