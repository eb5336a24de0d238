/** The ratings API: a location's current ratings with their explanation, and the recompute job for staff. */
package org.inspectorate.rating.api;
