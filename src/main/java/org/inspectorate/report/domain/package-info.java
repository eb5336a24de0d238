/** Reports, their sections and versions, the pipeline's states and moves, factual accuracy comments. */
package org.inspectorate.report.domain;
