/** Report queries in PostgreSQL. */
package org.inspectorate.report.persistence;
