/** Provider portal screens for notifications: start, fill in (drafts saved on the server), attach, submit, view. */
package org.inspectorate.notification.web;
