/** Staff, portal and public screens for reports. */
package org.inspectorate.report.web;
