package org.inspectorate.registration.application;

import java.util.List;
import org.inspectorate.notice.application.NoticeRecord;
import org.inspectorate.notice.application.RepresentationRecord;

/** A notice addressed to a new provider's applicant, with the written representations they made on it. */
public record ApplicantNotice(NoticeRecord notice, List<RepresentationRecord> representations) {
}
