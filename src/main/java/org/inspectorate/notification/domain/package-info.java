/** The notification catalogue (types, their fields, checks and time limits), notifications and drafts. */
package org.inspectorate.notification.domain;
