/** Staff screens for planning: the risk view with reasons, planning an assessment, the schedule with capacity. */
package org.inspectorate.planning.web;
