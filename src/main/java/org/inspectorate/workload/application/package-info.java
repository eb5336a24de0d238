/**
 * Work that never waits on one person: recording absence, the manager's list of work held by people who are away
 * (or whose account is suspended or ended), and giving it to someone else one item at a time or in bulk.
 */
package org.inspectorate.workload.application;
