/** {@code /api/v1/notifications}: submit one or a batch, read acknowledgements, list the catalogue. */
package org.inspectorate.notification.api;
