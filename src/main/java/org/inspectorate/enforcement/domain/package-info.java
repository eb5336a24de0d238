/**
 * Enforcement cases (DOMAIN.md 6): the four stages of the enforcement decision tree with the decision, reasons
 * and meeting recorded at each, the evidence a case rests on, and the civil and criminal actions taken with
 * their legal clocks.
 */
package org.inspectorate.enforcement.domain;
