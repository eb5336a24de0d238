/**
 * Enforcement use cases: opening cases (from triage, an assessment finding, or directly), deciding at each stage
 * of the decision tree, linking evidence, taking actions and moving their clocks on, and reading the board.
 */
package org.inspectorate.enforcement.application;
