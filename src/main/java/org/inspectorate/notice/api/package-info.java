/** {@code /api/v1/portal/notices} (a provider's notices, PDFs, representations) and {@code /api/v1/staff/notices}. */
package org.inspectorate.notice.api;
