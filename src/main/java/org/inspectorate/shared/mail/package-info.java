/**
 * Sending email reliably for every context. {@link org.inspectorate.shared.mail.MailOutbox#queue} writes the
 * message in the caller's transaction; it is sent straight after commit on a managed executor (the request
 * never waits for SMTP), retried with back-off, and a sweeper sends anything left unsent.
 */
package org.inspectorate.shared.mail;
