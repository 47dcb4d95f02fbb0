package org.socialvaluehub.accounts;

import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Coordinators read the security audit log, newest first, filtered by kind of event. */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/coordinator/audit")
    String audit(@RequestParam(name = "type", required = false) String type, Model model) {
        String filter = type != null
                        && Arrays.stream(AuditLog.EventType.values())
                                .anyMatch(t -> t.name().equals(type))
                ? type
                : null;
        model.addAttribute("type", filter);
        model.addAttribute("types", AuditLog.EventType.values());
        model.addAttribute("events", audit.latest(200, filter));
        return "accounts/audit";
    }
}
