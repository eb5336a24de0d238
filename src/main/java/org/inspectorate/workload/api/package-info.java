/** Staff API for absence and work waiting on absent people. */
package org.inspectorate.workload.api;
