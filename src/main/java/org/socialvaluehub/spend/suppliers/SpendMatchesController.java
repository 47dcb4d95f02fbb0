package org.socialvaluehub.spend.suppliers;

import java.util.ArrayList;
import java.util.List;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.PageNumbers;
import org.socialvaluehub.shared.Pagination;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinators confirm or reject supplier names that are spelt like a directory organisation: one at a time, or the
 * ones they tick on a page (the closest spellings come first).
 */
@Controller
class SpendMatchesController {

    /** At most this many names in one decision: a page's worth, with room to spare. */
    static final int MOST_AT_ONCE = 100;

    private final SupplierNameRepository names;
    private final SupplierMatchQueue queue;

    SpendMatchesController(SupplierNameRepository names, SupplierMatchQueue queue) {
        this.names = names;
        this.queue = queue;
    }

    @GetMapping("/coordinator/spend/matches")
    String list(
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "false") boolean all,
            SignedInUser user,
            Model model) {
        Access.requireCoordinator(user);
        SupplierMatchQueue.Page found = queue.page(PageNumbers.checked(page));
        int pages = Pagination.pagesFor(found.total(), SupplierMatchQueue.PAGE_SIZE);
        model.addAttribute("suggestions", found.suggestions());
        model.addAttribute("total", found.total());
        model.addAttribute("all", all);
        model.addAttribute("mostAtOnce", MOST_AT_ONCE);
        model.addAttribute("pager", Pagination.of(Math.min(page, pages), pages, SpendMatchesController::link));
        return "spend/matches";
    }

    /**
     * A row's own button sends {@code confirm} or {@code reject} with its name; the buttons under the table send
     * {@code decision} with the ticked {@code name}s.
     */
    @PostMapping("/coordinator/spend/matches")
    @Transactional
    String decide(
            SignedInUser user,
            @RequestParam(defaultValue = "") String confirm,
            @RequestParam(defaultValue = "") String reject,
            @RequestParam(name = "name", required = false) List<String> ticked,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "1") int page,
            RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        PageNumbers.checked(page);
        String verb = !confirm.isEmpty() ? "confirm" : !reject.isEmpty() ? "reject" : decision;
        List<String> chosen = !confirm.isEmpty()
                ? List.of(confirm)
                : !reject.isEmpty() ? List.of(reject) : ticked == null ? List.of() : List.copyOf(ticked);
        if (chosen.isEmpty() || !(verb.equals("confirm") || verb.equals("reject"))) {
            redirect.addFlashAttribute("error", "spend.matches.noneTicked");
            return "redirect:" + link(page);
        }
        if (chosen.size() > MOST_AT_ONCE) {
            redirect.addFlashAttribute("error", "spend.matches.tooMany");
            return "redirect:" + link(page);
        }
        boolean confirming = verb.equals("confirm");
        List<String> decided = new ArrayList<>();
        for (String name : chosen) {
            if (names.decide(name, confirming, user.id())) {
                decided.add(name);
            }
        }
        if (!decided.isEmpty()) {
            redirect.addFlashAttribute("notice", confirming ? "spend.matches.confirmed" : "spend.matches.rejected");
            redirect.addFlashAttribute("noticeArgument", decided.size());
        }
        return "redirect:" + link(page);
    }

    private static String link(int page) {
        return page > 1 ? "/coordinator/spend/matches?page=" + page : "/coordinator/spend/matches";
    }
}
