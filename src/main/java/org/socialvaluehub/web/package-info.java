/**
 * The shell: layout, navigation, the start page, footer pages and error pages that every module's
 * pages sit in.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.socialvaluehub.web;
