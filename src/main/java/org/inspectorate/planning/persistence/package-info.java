/** Location risk positions, planned assessments and inspector capacity in PostgreSQL. */
package org.inspectorate.planning.persistence;
