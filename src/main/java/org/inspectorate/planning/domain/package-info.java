/**
 * Risk-based planning (DOMAIN.md 5.1, 6.4): the signals known about a location, the rules that turn them into a
 * risk score with its reasons and re-inspection deadline, and planned assessments with inspector capacity.
 */
package org.inspectorate.planning.domain;
