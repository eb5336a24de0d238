/**
 * Registration (DOMAIN.md 3 and 4): providers apply online for every kind of change to their registration,
 * through task lists kept as drafts on the server; staff validate, assess and decide; grants change the
 * register in the decision's transaction; refusals and grants with conditions not agreed run through notices
 * of proposal and decision (see {@code org.inspectorate.notice}); a dashboard and metrics show the backlog.
 */
package org.inspectorate.registration;
