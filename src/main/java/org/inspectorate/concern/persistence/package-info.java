/** Concerns in PostgreSQL. */
package org.inspectorate.concern.persistence;
