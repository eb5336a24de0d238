/** Queue, backlog and timeline queries, paged in the database on the partial indexes of open items. */
package org.inspectorate.triage.persistence;
