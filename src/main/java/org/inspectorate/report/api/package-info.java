/** The reports API for staff (drafting, pipeline, board) and providers (factual accuracy). */
package org.inspectorate.report.api;
