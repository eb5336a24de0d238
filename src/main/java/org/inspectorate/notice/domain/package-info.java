/**
 * Notices and letters (DOMAIN.md 4.2, 6.2): their kinds, their legal clocks ({@link
 * org.inspectorate.notice.domain.NoticeClocks}), the notice itself with its state and overdue steps, its PDF,
 * and the provider's written representations.
 */
package org.inspectorate.notice.domain;
