package cl.circuito.calendar;

import cl.circuito.calendar.holidays.SpecialHoliday;
import cl.circuito.calendar.holidays.SpecialHolidays;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** In-memory stand-in for the {@link SpecialHolidays} repository. */
final class InMemorySpecialHolidays implements SpecialHolidays {

    private final Map<UUID, SpecialHoliday> rows = new LinkedHashMap<>();
    private int rangeQueries;

    @Override
    public List<SpecialHoliday> findByHolidayDateBetweenOrderByHolidayDateAsc(LocalDate from, LocalDate to) {
        rangeQueries++;
        List<SpecialHoliday> result = new ArrayList<>();
        for (SpecialHoliday row : rows.values()) {
            if (!row.getHolidayDate().isBefore(from) && !row.getHolidayDate().isAfter(to)) {
                result.add(row);
            }
        }
        result.sort(Comparator.comparing(SpecialHoliday::getHolidayDate));
        return result;
    }

    @Override
    public Optional<SpecialHoliday> findById(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public SpecialHoliday save(SpecialHoliday specialHoliday) {
        rows.put(specialHoliday.getId(), specialHoliday);
        return specialHoliday;
    }

    @Override
    public void delete(SpecialHoliday specialHoliday) {
        rows.remove(specialHoliday.getId());
    }

    int size() {
        return rows.size();
    }

    int rangeQueries() {
        return rangeQueries;
    }
}
