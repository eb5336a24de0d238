/** Writing and searching the audit trail. */
package org.inspectorate.audit.application;
