/**
 * Faces and servlet plumbing shared by the staff, portal and public screens: security headers, the error
 * page, the GOV.UK-style error summary, lazy paged tables.
 */
package org.inspectorate.shared.web;
