/**
 * Decisions that take effect on a later date and apply themselves on it, once across the cluster: register changes
 * granted from a future date, notices of decision whose appeal period ends. Each context schedules its own and
 * applies them through a {@link org.inspectorate.shared.dated.DatedDecisionHandler}.
 */
package org.inspectorate.shared.dated;
