/**
 * Triage of everything the regulator is told: statutory notifications and concerns from the public and
 * from staff become items in one queue model. Each item has a risk score from configurable rules, a due
 * time, exactly one state with a way out, and a team and region that decide which queue it is in.
 */
package org.inspectorate.triage;
