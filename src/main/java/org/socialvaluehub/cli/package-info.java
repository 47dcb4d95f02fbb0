/**
 * The command line: the {@code ./svh} tool's commands (create a coordinator, check and import spend files,
 * score a decision matrix), each calling a capability's public API, run without the web server.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "organisations", "spend", "spend :: core", "evaluation :: core"})
package org.socialvaluehub.cli;
