package org.inspectorate.triage.application;

import java.util.Map;
import java.util.Optional;
import org.inspectorate.triage.domain.SourceKind;

/**
 * Implemented by each context that feeds triage (notifications, concerns), so that triage can name
 * categories and show staff what an item is about without knowing the source's tables.
 */
public interface SourceDetails {

    SourceKind kind();

    /** Every category code this source uses, with its label. */
    Map<String, String> categories();

    /** The source record behind an item, for staff; reading it is audited by the source if it holds personal data. */
    Optional<SourceView> describe(long sourceId);
}
