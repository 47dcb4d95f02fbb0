/**
 * The platform every module runs on: the embedded PostgreSQL when no database is configured (with a plain
 * message when its data folder is in use), the background job scheduler and the one clock.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.socialvaluehub.platform;
