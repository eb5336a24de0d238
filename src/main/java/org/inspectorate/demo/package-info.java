/**
 * Demo data: a deterministic generator of realistic synthetic providers and locations across England's
 * regions, and demo sign-in accounts. Only loaded into an empty database, and never in production mode.
 */
package org.inspectorate.demo;
