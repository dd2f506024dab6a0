package cl.circuito.calendar.holidays;

import cl.circuito.calendar.Holiday;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A holiday decreed by law for a single date, maintained by the administrator (table {@code special_holiday}).
 *
 * <p>Examples: the national holiday of Friday 16 September 2022, La Pampilla on 20 September 2023 in the
 * Región de Coquimbo (Ley 21.609), election days (Ley 18.700 art. 169). The constructor enforces the
 * invariants so that an invalid row can never be built, whatever the caller.
 *
 * <p>The id is assigned here rather than by the database so the object is complete before it is saved;
 * {@link Persistable} tells Spring Data that a fresh instance is new (otherwise an assigned id would make it
 * issue a merge with an extra select).
 */
@Entity
@Table(name = "special_holiday")
public class SpecialHoliday implements Persistable<UUID> {

    static final int NAME_MAX_LENGTH = 200;
    static final int LEGAL_BASIS_MAX_LENGTH = 200;
    static final int CREATED_BY_MAX_LENGTH = 100;

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "holiday_date", nullable = false)
    private LocalDate holidayDate;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "legal_basis", nullable = false, length = LEGAL_BASIS_MAX_LENGTH)
    private String legalBasis;

    @Column(name = "region_code", length = 2)
    private String regionCode;

    @Column(name = "comuna_code", length = 5)
    private String comunaCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = CREATED_BY_MAX_LENGTH)
    private String createdBy;

    @Transient
    private boolean isNew = true;

    /** For JPA only. */
    protected SpecialHoliday() {
    }

    /**
     * @throws InvalidSpecialHolidayException when the date or scope is missing, or name, legal basis or author
     *                                        are blank or too long (on the fields {@code holidayDate},
     *                                        {@code scope}, {@code name}, {@code legalBasis}, {@code createdBy})
     */
    public SpecialHoliday(LocalDate holidayDate, String name, String legalBasis, HolidayScope scope,
                          Instant createdAt, String createdBy) {
        if (holidayDate == null) {
            throw new InvalidSpecialHolidayException("holidayDate", "error.specialHoliday.dateRequired");
        }
        if (scope == null) {
            throw new InvalidSpecialHolidayException("scope", "error.specialHoliday.scopeRequired");
        }
        this.id = UUID.randomUUID();
        this.holidayDate = holidayDate;
        this.name = requireText(name, NAME_MAX_LENGTH, "name");
        this.legalBasis = requireText(legalBasis, LEGAL_BASIS_MAX_LENGTH, "legalBasis");
        this.regionCode = scope.regionCode();
        this.comunaCode = scope.comunaCode();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = requireText(createdBy, CREATED_BY_MAX_LENGTH, "createdBy");
    }

    private static String requireText(String value, int maxLength, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidSpecialHolidayException(field, "error.specialHoliday.blank", FieldLabel.of(field));
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidSpecialHolidayException(field, "error.specialHoliday.tooLong", FieldLabel.of(field),
                    String.valueOf(maxLength));
        }
        return trimmed;
    }

    @PostPersist
    @PostLoad
    void markNotNew() {
        this.isNew = false;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    public LocalDate getHolidayDate() {
        return holidayDate;
    }

    public String getName() {
        return name;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getComunaCode() {
        return comunaCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public HolidayScope scope() {
        return new HolidayScope(regionCode, comunaCode);
    }

    /** Whether this holiday applies in the given comuna ({@code null} means national holidays only). */
    public boolean appliesTo(String comuna) {
        return scope().appliesTo(comuna);
    }

    public Holiday toHoliday() {
        return new Holiday(holidayDate, name, legalBasis, HolidayKind.SPECIAL_LAW);
    }

    @Override
    public String toString() {
        return "SpecialHoliday[" + holidayDate + ", " + name + ", " + legalBasis + ", " + scope().describe() + "]";
    }
}
