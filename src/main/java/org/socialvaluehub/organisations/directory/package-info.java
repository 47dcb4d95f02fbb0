/** The public directory: full-text search with facets, list and map, public profiles, CSV export and the JSON API. */
package org.socialvaluehub.organisations.directory;
