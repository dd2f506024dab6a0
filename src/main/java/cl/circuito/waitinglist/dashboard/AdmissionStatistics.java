package cl.circuito.waitinglist.dashboard;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Admission figures for the dashboard. Not scoped: callers check the actor's scope first. */
@Component
public class AdmissionStatistics {

    private final JdbcClient jdbc;

    AdmissionStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Children who became active cases of the program in each month from {@code from} to {@code to} (both
     * included, in order, months without admissions as 0), by admission date: admissions through Circuito and
     * cases registered as predating it, which were admitted then too.
     */
    @Transactional(readOnly = true)
    public Map<YearMonth, Integer> admissionsByMonth(UUID programId, YearMonth from, YearMonth to) {
        Map<YearMonth, Integer> byMonth = new LinkedHashMap<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            byMonth.put(month, 0);
        }
        if (byMonth.isEmpty()) {
            return byMonth;
        }
        jdbc.sql("""
                        select date_trunc('month', admitted_on)::date as month, count(*) as admitted
                          from active_case
                         where program_id = :programId and admitted_on >= :from and admitted_on < :to
                         group by 1
                        """)
                .param("programId", programId)
                .param("from", from.atDay(1))
                .param("to", to.plusMonths(1).atDay(1))
                .query((rs, n) -> byMonth.put(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getInt("admitted")))
                .list();
        return byMonth;
    }
}
