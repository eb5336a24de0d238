/** Notices, their PDFs and representations in PostgreSQL. */
package org.inspectorate.notice.persistence;
