/**
 * Legal notices and letters served on providers (DOMAIN.md 4.2, 6.2), reused by registration and enforcement:
 * notices of proposal and decision, certificates, letters, warning, requirement, urgent and fixed penalty
 * notices; their clocks (representations, appeal, taking effect) and overdue steps; their PDFs; and written
 * representations made in the portal within the window.
 */
package org.inspectorate.notice;
