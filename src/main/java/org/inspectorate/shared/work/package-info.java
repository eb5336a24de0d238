/**
 * Work and its owner across contexts: the kinds of work a member of staff holds, and the
 * {@link org.inspectorate.shared.work.OwnedWork} SPI through which each context gives its own work to someone else
 * with its own rules, so that the workload context needs to know none of them.
 */
package org.inspectorate.shared.work;
