package org.socialvaluehub.measures;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Read-only JSON of the published framework versions and the current priorities, open to anyone. */
@RestController
class FrameworkApiController {

    private final Frameworks frameworks;
    private final Deflators deflators;

    FrameworkApiController(Frameworks frameworks, Deflators deflators) {
        this.frameworks = frameworks;
        this.deflators = deflators;
    }

    @GetMapping("/api/v1/framework")
    FrameworkJson.Version current() {
        return frameworks
                .current()
                .map(v -> FrameworkJson.Version.of(v, deflators.current()))
                .orElseThrow(FrameworkApiController::notFound);
    }

    @GetMapping("/api/v1/framework/versions")
    List<FrameworkJson.VersionSummary> versions() {
        return frameworks.versions().stream()
                .map(FrameworkJson.VersionSummary::of)
                .toList();
    }

    @GetMapping("/api/v1/framework/versions/{number}")
    FrameworkJson.Version version(@PathVariable int number) {
        return frameworks
                .version(number)
                .map(v -> FrameworkJson.Version.of(v, deflators.current()))
                .orElseThrow(FrameworkApiController::notFound);
    }

    @GetMapping("/api/v1/framework/priorities")
    FrameworkJson.Priorities priorities() {
        return frameworks
                .currentPriorities()
                .map(FrameworkJson.Priorities::of)
                .orElseThrow(FrameworkApiController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
