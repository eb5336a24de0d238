/** The staff planning API (/api/v1/staff/planning): the risk view, re-inspections, planned assessments, capacity. */
package org.inspectorate.planning.api;
