/**
 * Information of concern from the public and from staff of services (DOMAIN.md 2.4): the "give feedback on
 * care" form and the whistleblowing route. No sign-in; people may stay anonymous; each submission gets a
 * reference at once and is queued for triage. Limits per client address and a honeypot keep abuse out.
 */
package org.inspectorate.concern;
