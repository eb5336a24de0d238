/** {@code /api/v1/portal/registration/applications} (providers) and {@code /api/v1/staff/registration/applications}. */
package org.inspectorate.registration.api;
