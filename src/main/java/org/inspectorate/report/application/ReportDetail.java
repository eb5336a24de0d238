package org.inspectorate.report.application;

import java.util.List;

/** Everything about one report: its summary, sections in order, history and factual accuracy comments. */
public record ReportDetail(ReportSummary report, List<SectionRecord> sections, List<MoveRecord> moves,
        List<CommentRecord> comments) {
}
