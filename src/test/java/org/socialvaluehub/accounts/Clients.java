package org.socialvaluehub.accounts;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Test fixture: requests from a client address of their own, so per-client limits of other tests do not meet. */
public final class Clients {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 50_000));

    private Clients() {}

    /** A client address no other test uses (198.18.0.0/15 is set aside for tests). */
    public static String uniqueAddress() {
        int n = SEQUENCE.incrementAndGet() % 130_000;
        return "198." + (18 + n / 65_536) + "." + (n / 256 % 256) + "." + (n % 256);
    }

    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
