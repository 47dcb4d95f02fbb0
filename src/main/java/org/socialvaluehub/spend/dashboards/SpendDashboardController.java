package org.socialvaluehub.spend.dashboards;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.socialvaluehub.organisations.Organisation;
import org.socialvaluehub.shared.SignedInUser;
import org.socialvaluehub.spend.SpendAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The spend dashboards: a buyer's own at {@code /spend}, the partnership's at {@code /spend/partnership}, with CSV. */
@Controller
class SpendDashboardController {

    private final SpendAccess access;
    private final SpendDashboard dashboard;

    SpendDashboardController(SpendAccess access, SpendDashboard dashboard) {
        this.access = access;
        this.dashboard = dashboard;
    }

    @GetMapping("/spend")
    String buyer(
            SignedInUser user,
            @RequestParam(required = false) Long buyer,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer quarter,
            Model model) {
        Organisation chosen = access.chooseBuyer(user, buyer);
        List<Long> ids = List.of(chosen.id());
        Period period = dashboard.defaultPeriod(ids, year, quarter);
        model.addAttribute("buyers", access.buyersFor(user));
        model.addAttribute("buyer", chosen);
        model.addAttribute("partnership", false);
        return show(model, ids, period);
    }

    @GetMapping("/spend/partnership")
    String partnership(
            SignedInUser user,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer quarter,
            Model model) {
        access.requirePartner(user);
        List<Long> ids = allBuyers();
        Period period = dashboard.defaultPeriod(ids, year, quarter);
        model.addAttribute("partnership", true);
        return show(model, ids, period);
    }

    @GetMapping("/spend/export.csv")
    void exportBuyer(
            SignedInUser user,
            @RequestParam(required = false) Long buyer,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer quarter,
            HttpServletResponse response)
            throws IOException {
        Organisation chosen = access.chooseBuyer(user, buyer);
        List<Long> ids = List.of(chosen.id());
        write(response, "spend-" + chosen.id(), dashboard.build(ids, dashboard.defaultPeriod(ids, year, quarter)));
    }

    @GetMapping("/spend/partnership/export.csv")
    void exportPartnership(
            SignedInUser user,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer quarter,
            HttpServletResponse response)
            throws IOException {
        access.requirePartner(user);
        List<Long> ids = allBuyers();
        write(response, "spend-partnership", dashboard.build(ids, dashboard.defaultPeriod(ids, year, quarter)));
    }

    private String show(Model model, List<Long> ids, Period period) {
        model.addAttribute("years", dashboard.years(ids, period));
        model.addAttribute("v", dashboard.build(ids, period));
        return "spend/dashboard";
    }

    private List<Long> allBuyers() {
        return access.allBuyers().stream().map(Organisation::id).toList();
    }

    private static void write(HttpServletResponse response, String name, DashboardView view) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(
                "Content-Disposition",
                "attachment; filename=\"" + name + "-"
                        + view.period().label().replace('/', '-').replace(' ', '-') + ".csv\"");
        response.getOutputStream().write(DashboardCsv.of(view).getBytes(StandardCharsets.UTF_8));
    }
}
