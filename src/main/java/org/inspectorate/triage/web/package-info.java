/** Staff screens: queues, an item, the backlog dashboard and a location's timeline. */
package org.inspectorate.triage.web;
