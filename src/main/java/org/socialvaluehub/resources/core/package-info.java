/**
 * Plain Java rules of the resources module: maturity stages and how answers map to them, the
 * starter files' front matter, Markdown rendering with sanitising, and image type checks.
 */
package org.socialvaluehub.resources.core;
