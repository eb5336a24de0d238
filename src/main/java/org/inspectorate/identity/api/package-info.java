/**
 * Portal API for account matters: an organisation's users, invitations, cover and API clients
 * (administrators), and every signed-in person's own sessions.
 */
package org.inspectorate.identity.api;
