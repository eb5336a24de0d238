/** The audit trail over the API, for staff administrators. */
package org.inspectorate.audit.api;
