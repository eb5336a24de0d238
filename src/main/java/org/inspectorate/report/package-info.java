/**
 * Inspection reports: drafting in structured sections with every save kept as a version, review by a second
 * person, the provider's factual accuracy check, publication as HTML and PDF, and a board that shows how long
 * each report has waited so that none is lost or stuck.
 */
package org.inspectorate.report;
