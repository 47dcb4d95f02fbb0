package org.socialvaluehub.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says plainly why the app refused to start with the demo partnership on a public address. */
class DemoOnPublicAddressFailureAnalyzer extends AbstractFailureAnalyzer<DemoOnPublicAddressException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoOnPublicAddressException cause) {
        return new FailureAnalysis(
                "The demo partnership is switched on, but this installation's public address (svh.base-url) is "
                        + cause.baseUrl() + ". The demo accounts share a published password, so anyone could sign"
                        + " in as a coordinator.",
                "Switch the demo off (SVH_DEMO_ENABLED=false, the default) for a real installation, or run the demo"
                        + " on a local address (http://localhost:8080).",
                cause);
    }
}
