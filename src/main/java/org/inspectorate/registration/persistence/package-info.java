/** Registration applications, their requests and assessment records in PostgreSQL. */
package org.inspectorate.registration.persistence;
