/** Submitting notifications (portal and API), keeping drafts, and reading them back. */
package org.inspectorate.notification.application;
