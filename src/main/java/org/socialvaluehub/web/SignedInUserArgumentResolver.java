package org.socialvaluehub.web;

import org.socialvaluehub.shared.SignedInUser;
import org.socialvaluehub.shared.SignedInUserHolder;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands a page's handler the {@link SignedInUser}, or null for someone not signed in. */
class SignedInUserArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return SignedInUser.class.equals(parameter.getParameterType());
    }

    @Override
    public SignedInUser resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return current();
    }

    static SignedInUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUserHolder holder
                ? holder.user()
                : null;
    }
}
