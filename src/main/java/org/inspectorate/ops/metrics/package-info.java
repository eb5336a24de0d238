/** Application metrics exposed at /metrics in Prometheus format. */
package org.inspectorate.ops.metrics;
