/**
 * Planning use cases: keeping every location's risk position up to date (events and a periodic batch), reading
 * the risk view and re-inspection deadlines, planning assessments against inspectors' capacity, starting them.
 */
package org.inspectorate.planning.application;
