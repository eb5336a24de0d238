/** Register queries, paged and filtered in PostgreSQL (trigram index for names, key prefix for postcodes). */
package org.inspectorate.registry.persistence;
