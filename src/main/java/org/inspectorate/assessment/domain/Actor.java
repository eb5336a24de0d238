package org.inspectorate.assessment.domain;

/** Who does something to an assessment: a staff user's id and name, as recorded on it. */
public record Actor(Long id, String name) {

    public boolean same(Long otherId, String otherName) {
        return id != null ? id.equals(otherId) : name.equals(otherName);
    }
}
