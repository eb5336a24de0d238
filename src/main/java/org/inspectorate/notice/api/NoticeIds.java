package org.inspectorate.notice.api;

import jakarta.ws.rs.core.Response;
import org.inspectorate.notice.application.NoticeQueries;
import org.inspectorate.shared.domain.NotFound;

/** Notice ids in addresses: anything that is not one is simply not found. */
final class NoticeIds {

    private NoticeIds() {
    }

    static long parse(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw new NotFound("notice", String.valueOf(id));
        }
        return Long.parseLong(id);
    }

    static Response pdfResponse(NoticeQueries.Pdf pdf) {
        return Response.ok(pdf.content(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + pdf.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
