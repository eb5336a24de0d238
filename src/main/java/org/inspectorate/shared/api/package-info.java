/** REST plumbing shared by every context: the application path, problem+json errors, query parameter parsing. */
package org.inspectorate.shared.api;
