/** Use cases on reports (one transaction each, audited) and the queries behind the board and metrics. */
package org.inspectorate.report.application;
