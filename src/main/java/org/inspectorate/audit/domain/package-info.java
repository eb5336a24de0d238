/** The audit trail: who did what, when, from where, with the values before and after. */
package org.inspectorate.audit.domain;
