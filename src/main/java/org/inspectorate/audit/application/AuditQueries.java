package org.inspectorate.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.inspectorate.audit.domain.AuditEvent;
import org.inspectorate.audit.domain.AuditSearch;
import org.inspectorate.audit.persistence.AuditRepository;
import org.inspectorate.shared.domain.Page;
import org.inspectorate.shared.domain.PageRequest;

/** Searching the audit trail. */
@ApplicationScoped
public class AuditQueries {

    @Inject
    AuditRepository repository;

    @Transactional
    public List<AuditEvent> list(AuditSearch search, PageRequest page) {
        return repository.list(search, page);
    }

    @Transactional
    public long count(AuditSearch search) {
        return repository.count(search);
    }

    @Transactional
    public Page<AuditEvent> search(AuditSearch search, PageRequest page) {
        return repository.search(search, page);
    }
}
