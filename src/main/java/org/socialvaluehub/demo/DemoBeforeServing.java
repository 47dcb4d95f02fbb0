package org.socialvaluehub.demo;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads the demo partnership while the application starts, in the phase just before the web server opens its port,
 * so the first page anyone sees already has the whole demo (and the readiness probe, later still, says so too).
 */
@Component
class DemoBeforeServing implements SmartLifecycle {

    /** The web server starts in its own phase; lower phases start, and finish, before it. */
    static final int PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;

    private final DemoData demo;
    private volatile boolean running;

    DemoBeforeServing(DemoData demo) {
        this.demo = demo;
    }

    @Override
    public void start() {
        if (!running) {
            demo.load();
            running = true;
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
