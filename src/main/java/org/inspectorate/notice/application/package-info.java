/**
 * The notice context's public surface, for every context that serves notices (registration, enforcement):
 * <ul>
 * <li>{@link org.inspectorate.notice.application.NoticeService#issue}: serve a notice
 * ({@link org.inspectorate.notice.application.NewNotice}: kind, subject type and id, provider, optional location,
 * title, facts, sections, appeal right, optional compliance date) inside the caller's transaction; its clocks
 * and PDF are made here.</li>
 * <li>{@code withdraw}, {@code conclude}, {@code recordAppeal}, {@code recordAppealOutcome}: move it on.</li>
 * <li>{@link org.inspectorate.notice.application.NoticeQueries}: read notices of a subject, of an organisation,
 * the PDF, representations, and open notices with overdue steps.</li>
 * <li>{@link org.inspectorate.notice.application.RepresentationMade}: CDI event fired in the transaction that
 * stores a provider's written representations.</li>
 * </ul>
 * Screens: portal {@code /portal/notices/} (list, notice with PDF and the representations form), staff
 * {@code /staff/notices/} (notice with representations, overdue alerts). API: {@code /api/v1/portal/notices},
 * {@code /api/v1/staff/notices}.
 */
package org.inspectorate.notice.application;
