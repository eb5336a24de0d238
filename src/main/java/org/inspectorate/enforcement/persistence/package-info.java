/** Enforcement cases, decisions, evidence and actions in PostgreSQL; the board and clock queries. */
package org.inspectorate.enforcement.persistence;
