package org.inspectorate.notice.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.inspectorate.shared.domain.ValidationFailure;

/** Written representations a provider made against a notice, in the portal, within its window. */
@Entity
@Table(name = "notice_representation")
public class Representation {

    public static final int MAX_LENGTH = 20_000;

    @Id
    @SequenceGenerator(name = "notice_representation_id", sequenceName = "notice_representation_id_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_representation_id")
    private Long id;

    @Column(name = "notice_id", nullable = false, updatable = false)
    private Long noticeId;

    @Column(name = "text", nullable = false, updatable = false)
    private String text;

    @Column(name = "made_by_id", updatable = false)
    private Long madeById;

    @Column(name = "made_by_name", nullable = false, updatable = false)
    private String madeByName;

    @Column(name = "made_at", nullable = false, updatable = false)
    private Instant madeAt;

    @Column(name = "made_on", nullable = false, updatable = false)
    private LocalDate madeOn;

    protected Representation() {
    }

    /** Checks the notice's window and the text; refuses either with a field error. */
    public static Representation make(Notice notice, String text, Long byId, String byName, Instant at,
            LocalDate on) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw ValidationFailure.of("text", "Write your representations");
        }
        if (t.length() > MAX_LENGTH) {
            throw ValidationFailure.of("text", "Representations must be " + MAX_LENGTH + " characters or fewer");
        }
        notice.checkRepresentationsAllowed(on);
        Representation r = new Representation();
        r.noticeId = notice.id();
        r.text = t;
        r.madeById = byId;
        r.madeByName = byName;
        r.madeAt = at;
        r.madeOn = on;
        return r;
    }

    public Long id() { return id; }
    public Long noticeId() { return noticeId; }
    public String text() { return text; }
    public String madeByName() { return madeByName; }
    public Instant madeAt() { return madeAt; }
    public LocalDate madeOn() { return madeOn; }
}
