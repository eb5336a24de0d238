/** Triage items and their states, outcomes, queues, risk rules and reference numbers. */
package org.inspectorate.triage.domain;
