/** The triage queue, its actions and the backlog over the API, for staff. */
package org.inspectorate.triage.api;
