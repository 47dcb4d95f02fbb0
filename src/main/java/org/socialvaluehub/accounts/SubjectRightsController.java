package org.socialvaluehub.accounts;

import java.util.List;
import org.socialvaluehub.shared.PersonalDataHolder;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Coordinators serve people's rights: a subject access export (a page, and JSON to hand over) and
 * erasure, which keeps only what a named legal duty requires.
 */
@Controller
class SubjectRightsController {

    private final UserRepository users;
    private final SubjectAccess access;
    private final AccountErasure erasure;

    SubjectRightsController(UserRepository users, SubjectAccess access, AccountErasure erasure) {
        this.users = users;
        this.access = access;
        this.erasure = erasure;
    }

    @GetMapping("/coordinator/people/{id}/export")
    String exportPage(@PathVariable long id, SignedInUser user, Model model) {
        model.addAttribute("export", access.export(account(id), user.email(), "page"));
        return "accounts/person-export";
    }

    @GetMapping("/coordinator/people/{id}/export.json")
    ResponseEntity<SubjectAccess.Export> exportJson(@PathVariable long id, SignedInUser user) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"subject-access-" + id + ".json\"")
                .body(access.export(account(id), user.email(), "JSON"));
    }

    @GetMapping("/coordinator/people/{id}/erase")
    String confirmErasure(@PathVariable long id, Model model) {
        model.addAttribute("person", account(id));
        return "accounts/person-erase";
    }

    @PostMapping("/coordinator/people/{id}/erase")
    String erase(
            @PathVariable long id,
            SignedInUser user,
            @RequestParam(name = "confirm", defaultValue = "") String confirm,
            Model model) {
        UserAccount account = account(id);
        model.addAttribute("person", account);
        if (!"yes".equals(confirm) || account.id() == user.id()) {
            model.addAttribute(
                    "refusal",
                    account.id() == user.id() ? "people.refused.OWN_ACCOUNT" : "people.erase.confirmMissing");
            return "accounts/person-erase";
        }
        List<PersonalDataHolder.Erasure> outcomes =
                erasure.erase(account, AuditLog.EventType.ACCOUNT_ERASED, user.email());
        model.addAttribute("outcomes", outcomes);
        return "accounts/person-erased";
    }

    private UserAccount account(long id) {
        return users.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
