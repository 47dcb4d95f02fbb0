package org.socialvaluehub.organisations.quality;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.organisations.Organisations;
import org.socialvaluehub.organisations.core.DuplicateDetection;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinators see likely duplicate suppliers and merge each pair into the one they choose to keep, or
 * list a newly registered organisation, held back as a likely twin, that turns out to be different.
 */
@Controller
class DuplicatesController {

    /** The most pairs the page lists at once. */
    static final int SHOWN = 200;

    private final Duplicates duplicates;
    private final Merger merger;
    private final Organisations organisations;

    DuplicatesController(Duplicates duplicates, Merger merger, Organisations organisations) {
        this.duplicates = duplicates;
        this.merger = merger;
        this.organisations = organisations;
    }

    @GetMapping("/coordinator/duplicates")
    String list(SignedInUser user, Model model) {
        Access.requireCoordinator(user);
        List<DuplicateDetection.Pair> pairs =
                duplicates.find().stream().limit(SHOWN).toList();
        Map<Long, Organisation> byId =
                organisations
                        .findAll(pairs.stream()
                                .flatMap(p -> Stream.of(p.first(), p.second()))
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Organisation::id, Function.identity()));
        model.addAttribute("pairs", pairs);
        model.addAttribute("organisations", byId);
        model.addAttribute("unlisted", organisations.unlisted());
        return "organisations/coordinator-duplicates";
    }

    @PostMapping("/coordinator/duplicates/merge")
    String merge(
            @RequestParam(required = false) Long first,
            @RequestParam(required = false) Long second,
            @RequestParam(required = false) Long survivor,
            SignedInUser user,
            RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        if (first == null
                || second == null
                || survivor == null
                || (!survivor.equals(first) && !survivor.equals(second))) {
            redirect.addFlashAttribute("warning", "duplicates.gone");
            return "redirect:/coordinator/duplicates";
        }
        long merged = survivor.equals(first) ? second : first;
        if (survivor == merged
                || organisations.find(survivor).isEmpty()
                || organisations.find(merged).isEmpty()) {
            redirect.addFlashAttribute("warning", "duplicates.gone");
            return "redirect:/coordinator/duplicates";
        }
        var unlisted = organisations.unlisted();
        boolean eitherListed = !unlisted.contains(survivor) || !unlisted.contains(merged);
        merger.merge(survivor, merged, user.displayName());
        if (eitherListed) {
            organisations.listAnyway(survivor);
        }
        redirect.addFlashAttribute("notice", "duplicates.merged");
        return "redirect:/coordinator/duplicates";
    }

    @PostMapping("/coordinator/duplicates/list")
    String list(@RequestParam(required = false) Long id, SignedInUser user, RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        if (id != null && organisations.find(id).isPresent()) {
            organisations.listAnyway(id);
            redirect.addFlashAttribute("notice", "duplicates.listed");
        } else {
            redirect.addFlashAttribute("warning", "duplicates.gone");
        }
        return "redirect:/coordinator/duplicates";
    }
}
