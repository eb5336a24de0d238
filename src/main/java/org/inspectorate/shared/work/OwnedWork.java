package org.inspectorate.shared.work;

import java.time.LocalDate;

/**
 * One kind of work, implemented by the context that owns it: giving an item to another member of staff through
 * that context's own use case (its rules, its audit record, its own transaction), and where staff open it.
 */
public interface OwnedWork {

    WorkKind kind();

    /**
     * Gives the item to {@code toStaffId} as the signed-in caller.
     *
     * @param version the version the caller saw, where the kind checks it
     * @throws RuntimeException the context's own refusal (validation, conflict, forbidden), with a message for people
     */
    void reassign(long id, int version, long toStaffId);

    /** Where staff open the item, from the context root; {@code dueOn} is the row's due date (may be null). */
    String path(long id, LocalDate dueOn);
}
