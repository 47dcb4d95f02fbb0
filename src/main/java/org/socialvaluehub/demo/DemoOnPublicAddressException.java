package org.socialvaluehub.demo;

/** The demo partnership (whose password is published) was switched on for an installation with a public address. */
class DemoOnPublicAddressException extends IllegalStateException {

    private final String baseUrl;

    DemoOnPublicAddressException(String baseUrl) {
        super("The demo partnership is switched on (svh.demo.enabled=true) but svh.base-url is " + baseUrl);
        this.baseUrl = baseUrl;
    }

    String baseUrl() {
        return baseUrl;
    }
}
