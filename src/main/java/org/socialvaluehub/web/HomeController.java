package org.socialvaluehub.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialvaluehub.shared.HomeTask;
import org.socialvaluehub.shared.HomeTask.Section;
import org.socialvaluehub.shared.HomeTasks;
import org.socialvaluehub.shared.NavigationItem;
import org.socialvaluehub.shared.Role;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A signed-in person's home: for each role they hold, what waits for them (counted by the module that owns the
 * work), then the pages of their roles that the navigation bar leaves out.
 */
@Controller
class HomeController {

    static final String PATH = "/home";

    private final List<HomeTasks> sources;
    private final List<NavigationItem> navigation;

    HomeController(List<HomeTasks> sources, List<NavigationItem> navigation) {
        this.sources = sources;
        this.navigation = navigation.stream()
                .filter(item -> !item.topLevel())
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
    }

    @GetMapping(PATH)
    String home(SignedInUser user, Model model) {
        Map<Section, List<HomeTask>> sections = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            if (holds(user, section)) {
                sections.put(section, new ArrayList<>());
            }
        }
        for (HomeTasks source : sources) {
            for (HomeTask task : source.waitingFor(user)) {
                List<HomeTask> tasks = sections.get(task.section());
                if (tasks != null) {
                    tasks.add(task);
                }
            }
        }
        sections.values().forEach(tasks -> tasks.sort(Comparator.comparingInt(HomeTask::order)));
        Map<NavigationItem.Group, List<NavigationItem>> more = new LinkedHashMap<>();
        navigation.stream()
                .filter(item -> item.visibleTo(user))
                .sorted(Comparator.comparing(NavigationItem::group).thenComparingInt(NavigationItem::order))
                .forEach(item -> more.computeIfAbsent(item.group(), g -> new ArrayList<>())
                        .add(item));
        model.addAttribute("sections", sections);
        model.addAttribute("more", more);
        return "web/home";
    }

    static boolean holds(SignedInUser user, Section section) {
        return switch (section) {
            case SUPPLIER -> user.hasRoleAnywhere(Role.SUPPLIER);
            case BUYER -> user.hasRoleAnywhere(Role.BUYER);
            case EVALUATOR -> user.hasRoleAnywhere(Role.EVALUATOR);
            case COORDINATOR -> user.coordinator();
        };
    }
}
