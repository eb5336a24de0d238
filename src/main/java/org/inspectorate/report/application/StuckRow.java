package org.inspectorate.report.application;

import java.util.List;

/** A report the stuck-work detector found, with every reason it is listed. */
public record StuckRow(ReportSummary report, List<String> reasons) {
}
