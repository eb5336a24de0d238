/** MicroProfile Health checks: /health/live, /health/ready (probes PostgreSQL), /health/started. */
package org.inspectorate.ops.health;
