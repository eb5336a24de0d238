package org.inspectorate.enforcement.application;

import org.inspectorate.enforcement.domain.CaseOrigin;

/**
 * Opening a case: about a location (its provider follows) or a provider, from a triage item (its reference),
 * an assessment finding (a reference to it), or directly.
 */
public record OpenCase(String locationId, String providerId, CaseOrigin origin, String originReference,
        String summary) {
}
