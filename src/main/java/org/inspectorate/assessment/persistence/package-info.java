/** Queries and writes of the assessment context: JPA for single assessments, plain JDBC for batch reads. */
package org.inspectorate.assessment.persistence;
