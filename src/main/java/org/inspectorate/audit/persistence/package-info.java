/** Queries over the audit trail, paged in the database. */
package org.inspectorate.audit.persistence;
