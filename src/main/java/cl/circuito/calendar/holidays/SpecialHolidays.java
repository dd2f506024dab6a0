package cl.circuito.calendar.holidays;

import org.springframework.data.repository.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Spring Data repository of {@link SpecialHoliday}.
 *
 * <p>Deliberately exposes only the operations the calendar needs (Spring Data routes {@code save},
 * {@code findById} and {@code delete} to its standard implementation), which also keeps an in-memory fake
 * for unit tests small.
 */
public interface SpecialHolidays extends Repository<SpecialHoliday, UUID> {

    /** Special holidays whose date is between {@code from} and {@code to}, both inclusive, by date. */
    List<SpecialHoliday> findByHolidayDateBetweenOrderByHolidayDateAsc(LocalDate from, LocalDate to);

    Optional<SpecialHoliday> findById(UUID id);

    SpecialHoliday save(SpecialHoliday specialHoliday);

    void delete(SpecialHoliday specialHoliday);
}
