/** Staff and provider user accounts, roles, sign-in lockout and signed-in sessions. */
package org.inspectorate.identity.domain;
