/** Screens for notices: the portal's list and notice page (PDF, representations), staff notice page and overdue alerts. */
package org.inspectorate.notice.web;
