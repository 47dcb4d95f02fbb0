/**
 * The platform every module runs on: the embedded PostgreSQL when no database is configured (with a plain
 * message when its data folder is in use), the background job scheduler, the nightly retention run (each module's own
 * steps, recorded in the audit log) and the one clock.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "accounts")
package org.socialvaluehub.platform;
