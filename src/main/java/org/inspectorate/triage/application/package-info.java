/**
 * Opening items (called by the notification and concern contexts in their own transactions), staff actions
 * on items, queue and backlog queries, and the seams to other contexts: {@link
 * org.inspectorate.triage.application.RatingLookup} for current ratings and {@link
 * org.inspectorate.triage.application.SourceDetails} for showing what an item is about.
 */
package org.inspectorate.triage.application;
