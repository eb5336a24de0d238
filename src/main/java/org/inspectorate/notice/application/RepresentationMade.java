package org.inspectorate.notice.application;

/**
 * CDI event fired inside the transaction that stores written representations, so that the context owning
 * the notice's subject can react in the same transaction (observe with {@code @Observes}).
 */
public record RepresentationMade(long noticeId, String reference, String kind, String subjectType,
        String subjectId, String providerId, long representationId) {
}
