package org.socialvaluehub.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.socialvaluehub.shared.NavigationItem;
import org.socialvaluehub.shared.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the layout needs on every page: the partnership's name and the navigation bar for this person (the
 * top-level links; the others are on their home page).
 */
@ControllerAdvice
class ShellModel {

    private final String partnershipName;
    private final List<NavigationItem> navigation;

    ShellModel(@Value("${svh.partnership-name}") String partnershipName, List<NavigationItem> navigation) {
        this.partnershipName = partnershipName;
        this.navigation = navigation.stream()
                .filter(NavigationItem::topLevel)
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .toList();
    }

    @ModelAttribute("partnershipName")
    String partnershipName() {
        return partnershipName;
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(SignedInUser user) {
        return navigation.stream().filter(item -> item.visibleTo(user)).toList();
    }

    @ModelAttribute("signedInUser")
    SignedInUser signedInUser(SignedInUser user) {
        return user;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** The page the header's "Sign in" link brings the person back to; none for pages about signing in. */
    @ModelAttribute("returnPath")
    String returnPath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!request.getMethod().equals("GET") || NO_RETURN.matcher(path).lookingAt()) {
            return null;
        }
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    /** The same for a page shown by an exception handler, which the methods above do not reach. */
    void fill(org.springframework.web.servlet.ModelAndView page, HttpServletRequest request) {
        SignedInUser user = SignedInUserArgumentResolver.current();
        page.addObject("partnershipName", partnershipName);
        page.addObject("navigation", navigation(user));
        page.addObject("signedInUser", user);
        page.addObject("currentPath", currentPath(request));
        page.addObject("returnPath", returnPath(request));
    }

    private static final Pattern NO_RETURN =
            Pattern.compile("/($|sign-in|sign-out|register|password|invitations|error|form-expired)");
}
