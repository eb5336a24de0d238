package org.inspectorate.enforcement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectorate.enforcement.domain.ActionKind;
import org.inspectorate.enforcement.domain.Clocks;
import org.inspectorate.enforcement.domain.EnforcementAction;
import org.inspectorate.enforcement.domain.EnforcementCase;
import org.inspectorate.notice.application.NewNotice;
import org.inspectorate.notice.application.NoticeQueries;
import org.inspectorate.notice.application.NoticeRecord;
import org.inspectorate.notice.application.NoticeService;
import org.inspectorate.notice.domain.AppealOutcome;
import org.inspectorate.notice.domain.NoticeKind;

/**
 * Serves enforcement notices through the notice context (its PDF, the provider's portal, written
 * representations) and keeps them in step with the action: a warning notice or Notice of Proposal when the
 * action is taken, the Notice of Decision after it, and the notice's end when the action ends. Called inside the
 * action's transaction, so an action and its notice commit together. Notices are about subject
 * {@value #SUBJECT} with the action's id.
 */
@ApplicationScoped
public class EnforcementNotices {

    public static final String SUBJECT = "ENFORCEMENT_ACTION";

    @Inject
    NoticeService notices;

    @Inject
    NoticeQueries queries;

    /** The notice the action's first step serves, if any (criminal cautions and referrals have none here). */
    static NoticeKind firstKind(ActionKind kind) {
        return switch (kind) {
            case WARNING_NOTICE -> NoticeKind.WARNING_NOTICE;
            case REQUIREMENT_NOTICE -> NoticeKind.REQUIREMENT_NOTICE;
            case IMPOSE_CONDITIONS, VARY_CONDITIONS, SUSPEND_REGISTRATION, CANCEL_REGISTRATION -> NoticeKind.NOTICE_OF_PROPOSAL;
            case URGENT_ACTION -> NoticeKind.URGENT_NOTICE;
            case FIXED_PENALTY_NOTICE -> NoticeKind.FIXED_PENALTY_NOTICE;
            case SPECIAL_MEASURES -> NoticeKind.LETTER;
            case SIMPLE_CAUTION, PROSECUTION_REFERRAL -> null;
        };
    }

    void serveFirst(EnforcementCase c, EnforcementAction a) {
        NoticeKind kind = firstKind(a.kind());
        if (kind == null) {
            return;
        }
        LocalDate complianceDue = a.kind() == ActionKind.REQUIREMENT_NOTICE || a.kind() == ActionKind.FIXED_PENALTY_NOTICE
                ? Clocks.noticeResponseDue(a.servedOn()) : null;
        NoticeRecord n = notices.issue(new NewNotice(kind, SUBJECT, String.valueOf(a.id()), c.providerId(),
                c.locationId(), title(kind, c, a), facts(c, a), sections(c, a, false), a.servedOn(),
                kind == NoticeKind.URGENT_NOTICE, complianceDue));
        a.linkNotices(String.valueOf(n.id()), null);
    }

    void serveDecision(EnforcementCase c, EnforcementAction a) {
        NoticeRecord n = notices.issue(new NewNotice(NoticeKind.NOTICE_OF_DECISION, SUBJECT, String.valueOf(a.id()),
                c.providerId(), c.locationId(), title(NoticeKind.NOTICE_OF_DECISION, c, a), facts(c, a),
                sections(c, a, true), a.decisionServedOn(), true, null));
        if (a.firstNoticeId() != null) {
            notices.conclude(Long.parseLong(a.firstNoticeId()), "Followed by notice of decision " + n.reference());
        }
        a.linkNotices(null, String.valueOf(n.id()));
    }

    void end(EnforcementAction a, String why, boolean withdrawn) {
        String open = a.decisionNoticeId() != null ? a.decisionNoticeId() : a.firstNoticeId();
        if (open == null) {
            return;
        }
        long id = Long.parseLong(open);
        boolean stillOpen = queries.ofSubject(SUBJECT, String.valueOf(a.id())).stream()
                .anyMatch(n -> n.id() == id && n.open());
        if (stillOpen) {
            if (withdrawn && a.decisionNoticeId() == null) {
                notices.withdraw(id, why);
            } else {
                notices.conclude(id, why);
            }
        }
    }

    void appeal(EnforcementAction a, LocalDate lodgedOn) {
        String id = a.decisionNoticeId() != null ? a.decisionNoticeId() : a.firstNoticeId();
        if (id != null) {
            notices.recordAppeal(Long.parseLong(id), lodgedOn);
        }
    }

    void appealDecided(EnforcementAction a, boolean upheld, LocalDate on) {
        String id = a.decisionNoticeId() != null ? a.decisionNoticeId() : a.firstNoticeId();
        if (id != null) {
            notices.recordAppealOutcome(Long.parseLong(id), on, upheld ? AppealOutcome.DISMISSED : AppealOutcome.ALLOWED);
        }
    }

    private static String title(NoticeKind kind, EnforcementCase c, EnforcementAction a) {
        String about = c.locationName() != null ? c.locationName() : c.providerName();
        return switch (kind) {
            case NOTICE_OF_PROPOSAL -> "Notice of proposal: " + a.kind().label().toLowerCase(java.util.Locale.ROOT) + ", "
                    + about;
            case NOTICE_OF_DECISION -> "Notice of decision: " + a.kind().label().toLowerCase(java.util.Locale.ROOT) + ", "
                    + about;
            case LETTER -> "Special measures: " + about;
            default -> kind.label() + ": " + about;
        };
    }

    private static Map<String, String> facts(EnforcementCase c, EnforcementAction a) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Enforcement case", c.reference());
        f.put("Provider", c.providerName() + " (" + c.providerId() + ")");
        if (c.locationId() != null) {
            f.put("Location", c.locationName() + " (" + c.locationId() + ")");
        }
        if (c.breach() != null) {
            f.put("Requirement breached", c.breach());
        }
        f.put("Action", a.kind().label());
        return f;
    }

    private static List<NewNotice.Section> sections(EnforcementCase c, EnforcementAction a, boolean decision) {
        List<NewNotice.Section> s = new ArrayList<>();
        s.add(new NewNotice.Section("What we found", c.summary()));
        if (a.detail() != null) {
            s.add(new NewNotice.Section(a.kind().needsConditionText() ? "The condition" : "The action", a.detail()));
        }
        if (decision && a.representations() != null) {
            s.add(new NewNotice.Section("Your representations", "We considered the representations received on "
                    + a.representationsReceivedOn() + " before deciding."));
        }
        return s;
    }
}
