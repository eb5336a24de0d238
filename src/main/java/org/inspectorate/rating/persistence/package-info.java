/** Published ratings and recompute jobs in PostgreSQL, read and written with plain JDBC so batches stay batches. */
package org.inspectorate.rating.persistence;
