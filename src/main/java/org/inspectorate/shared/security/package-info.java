/** Who is making the current request: set by the identity context's authentication mechanism, read by all. */
package org.inspectorate.shared.security;
