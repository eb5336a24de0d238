/**
 * Statutory notifications (DOMAIN.md 2.2): every type of the Registration Regulations 2009, regs 12 to 22,
 * as a typed form with its own fields and checks, submitted from the provider portal (with drafts kept on
 * the server) or through the API (single or batch, idempotent by client key), each queued for triage.
 */
package org.inspectorate.notification;
