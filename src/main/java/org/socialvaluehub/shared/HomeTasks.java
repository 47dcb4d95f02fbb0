package org.socialvaluehub.shared;

import java.util.List;

/**
 * What waits for a person in one module, declared as a bean by that module: the home page asks every one of them.
 * A module answers only for the roles the person holds, so someone with no such role gets nothing.
 */
@FunctionalInterface
public interface HomeTasks {

    List<HomeTask> waitingFor(SignedInUser user);
}
