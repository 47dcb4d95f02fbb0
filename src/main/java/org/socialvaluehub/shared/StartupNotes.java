package org.socialvaluehub.shared;

import java.util.List;

/** Lines a module adds to the short notice printed once the app is ready to serve (the demo's sign-ins, say). */
public interface StartupNotes {

    /** The lines to print, plain text, none when the module has nothing to say. */
    List<String> lines();
}
