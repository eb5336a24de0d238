/** Staff screens: recording absence, and the manager's work-waiting list with reassignment. */
package org.inspectorate.workload.web;
