/** Persistence access for accounts and sessions. */
package org.inspectorate.identity.persistence;
