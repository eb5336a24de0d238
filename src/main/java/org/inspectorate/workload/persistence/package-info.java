/** Absences in PostgreSQL, and the waiting-work list read from the {@code open_work} view. */
package org.inspectorate.workload.persistence;
