package org.socialvaluehub.measures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialvaluehub.measures.core.InvalidInputException;
import org.socialvaluehub.shared.Access;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators keep the deflator series (the price index used to rebase values) up to date, with its source. */
@Controller
class DeflatorController {

    /** The rows are preceded by three lines (two source comments and the header) in the stored file. */
    private static final int LINES_BEFORE_ROWS = 3;

    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private final Deflators deflators;

    DeflatorController(Deflators deflators) {
        this.deflators = deflators;
    }

    @GetMapping("/coordinator/framework/deflators")
    String initDeflatorForm(SignedInUser user, Model model) {
        Access.requireCoordinator(user);
        model.addAttribute("deflators", DeflatorForm.of(deflators.current()));
        return show(model);
    }

    @PostMapping("/coordinator/framework/deflators")
    String processDeflatorForm(
            SignedInUser user,
            @ModelAttribute("deflators") DeflatorForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Access.requireCoordinator(user);
        try {
            deflators.save(form.getSourceName(), form.getSourceUrl(), form.getRows(), user.email());
            redirect.addFlashAttribute("notice", "deflators.saved");
            return "redirect:/coordinator/framework/deflators";
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> {
                Matcher line = LINE.matcher(p.field());
                if (line.matches()) {
                    int row = Integer.parseInt(line.group(1)) - LINES_BEFORE_ROWS;
                    result.rejectValue("rows", "deflators.rowProblem", new Object[] {row, p.message()}, null);
                } else if (p.field().equals("sourceName")
                        || p.field().equals("sourceUrl")
                        || p.field().equals("rows")) {
                    MeasureController.reject(result, p.field(), p.message());
                } else {
                    result.rejectValue("rows", "deflators.problem", new Object[] {p.message()}, null);
                }
            });
            return show(model);
        }
    }

    private String show(Model model) {
        model.addAttribute("lastSave", deflators.lastSave().orElse(null));
        return "measures/deflators";
    }
}
