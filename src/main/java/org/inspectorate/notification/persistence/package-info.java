/** Notifications and drafts in PostgreSQL. */
package org.inspectorate.notification.persistence;
