/** The audit trail search screen for staff administrators. */
package org.inspectorate.audit.web;
