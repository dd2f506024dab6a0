package cl.circuito.letters.register;

import cl.circuito.letters.drafting.LetterKind;
import cl.circuito.letters.drafting.LetterStatus;
import cl.circuito.letters.drafting.SendingChannel;
import cl.circuito.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The register's read model: one SQL query per page over a program's letters, their children's names
 * gathered in the same query, filtered and ordered in the database.
 */
@Component
class LetterRegisterSearch {

    /** The register's date: the issue date, or for a letter never issued the day (in Chile) it was created. */
    private static final String REGISTER_DATE = "coalesce(l.issued_on, (l.created_at at time zone :zone)::date)";

    private static final String COLUMNS = """
            select l.id, l.kind, l.status, l.year, l.number, l.created_at, l.referrer_id, l.recipient_name,
                   l.sent_via, l.sent_on, l.sent_reference, l.dispose_after,
                   (l.disposed_at at time zone :zone)::date as disposed_on,
                   %s as register_date,
                   array(select lc.child_name from letter_child lc where lc.letter_id = l.id order by lc.position) as children
              from letter l
            """.formatted(REGISTER_DATE);

    private static final String ORDER = " order by l.year desc nulls last, l.number desc nulls last, l.created_at desc, l.id";

    private final JdbcClient jdbc;
    private final Clock clock;

    LetterRegisterSearch(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Page<RegisterRow> page(UUID programId, RegisterFilter filter, int page, int size) {
        Pageable slice = Paging.of(page, size);
        Map<String, Object> params = new HashMap<>();
        String where = where(programId, filter, params);
        long total = jdbc.sql("select count(*) from letter l" + where).params(params).query(Long.class).single();
        params.put("limit", slice.getPageSize());
        params.put("offset", slice.getOffset());
        List<RegisterRow> rows = jdbc.sql(COLUMNS + where + ORDER + " limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> row(rs))
                .list();
        return new PageImpl<>(rows, slice, total);
    }

    /** Every row of the filter, streamed: the caller must close it, inside its transaction. */
    Stream<RegisterRow> all(UUID programId, RegisterFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(programId, filter, params);
        return jdbc.sql(COLUMNS + where + ORDER).params(params).query((rs, n) -> row(rs)).stream();
    }

    /** The letters still kept whose retention ended on or before {@code today}, oldest first. */
    Page<RegisterRow> dueForDisposal(UUID programId, LocalDate today, int page, int size) {
        Pageable slice = Paging.of(page, size);
        Map<String, Object> params = new HashMap<>();
        params.put("program", programId);
        params.put("today", today);
        params.put("zone", clock.getZone().getId());
        String where = " where l.program_id = :program and l.status in ('ISSUED', 'SENT') and l.dispose_after <= :today";
        long total = jdbc.sql("select count(*) from letter l" + where).params(params).query(Long.class).single();
        params.put("limit", slice.getPageSize());
        params.put("offset", slice.getOffset());
        List<RegisterRow> rows = jdbc.sql(COLUMNS + where
                        + " order by l.dispose_after, l.year, l.number limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> row(rs))
                .list();
        return new PageImpl<>(rows, slice, total);
    }

    /** Letters still kept whose retention ends after {@code today} and on or before {@code until}. */
    long reachingEnd(UUID programId, LocalDate today, LocalDate until) {
        return jdbc.sql("""
                        select count(*) from letter
                         where program_id = :program and status in ('ISSUED', 'SENT')
                           and dispose_after > :today and dispose_after <= :until""")
                .param("program", programId)
                .param("today", today)
                .param("until", until)
                .query(Long.class)
                .single();
    }

    /** For each of these programs, how many letters are due for disposal on {@code today} (programs with none left out). */
    Map<UUID, Integer> dueCounts(java.util.Collection<UUID> programIds, LocalDate today) {
        Map<UUID, Integer> counts = new HashMap<>();
        if (programIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select program_id, count(*) as due from letter
                         where program_id in (:programs) and status in ('ISSUED', 'SENT') and dispose_after <= :today
                         group by program_id""")
                .param("programs", programIds)
                .param("today", today)
                .query((rs, n) -> counts.put(rs.getObject("program_id", UUID.class), rs.getInt("due")))
                .list();
        return counts;
    }

    Page<DisposalRow> disposals(UUID programId, int page, int size) {
        Pageable slice = Paging.of(page, size);
        long total = jdbc.sql("select count(*) from letter where program_id = :program and status = 'DISPOSED'")
                .param("program", programId).query(Long.class).single();
        List<DisposalRow> rows = jdbc.sql("""
                        select id, kind, year, number, recipient_name, issued_on,
                               disposed_at at time zone :zone as disposed_at_local, disposed_by_name, disposal_reason
                          from letter
                         where program_id = :program and status = 'DISPOSED'
                         order by disposed_at desc, year desc, number desc
                         limit :limit offset :offset""")
                .param("program", programId)
                .param("zone", clock.getZone().getId())
                .param("limit", slice.getPageSize())
                .param("offset", slice.getOffset())
                .query((rs, n) -> new DisposalRow(rs.getObject("id", UUID.class),
                        LetterKind.valueOf(rs.getString("kind")), rs.getObject("year", Integer.class),
                        rs.getObject("number", Integer.class), rs.getString("recipient_name"),
                        date(rs.getDate("issued_on")), rs.getTimestamp("disposed_at_local").toLocalDateTime(),
                        rs.getString("disposed_by_name"), rs.getString("disposal_reason")))
                .list();
        return new PageImpl<>(rows, slice, total);
    }

    /** Per year, the numbers the program used, and its counter: the register's proof of no gaps. */
    List<YearNumbers> yearNumbers(UUID programId) {
        return jdbc.sql("""
                        select l.year, min(l.number) as first, max(l.number) as last, count(*) as used,
                               n.last_number
                          from letter l
                          left join letter_number n on n.program_id = l.program_id and n.year = l.year
                         where l.program_id = :program and l.number is not null
                         group by l.year, n.last_number
                         order by l.year desc""")
                .param("program", programId)
                .query((rs, n) -> new YearNumbers(rs.getInt("year"), rs.getInt("first"), rs.getInt("last"),
                        rs.getInt("used"), rs.getObject("last_number", Integer.class)))
                .list();
    }

    /** The referrers this program has addressed letters to, by name. */
    List<RegisterAddressee> addressees(UUID programId) {
        return jdbc.sql("""
                        select r.id, r.name from referrer r
                         where r.id in (select referrer_id from letter where program_id = :program)
                         order by r.name""")
                .param("program", programId)
                .query((rs, n) -> new RegisterAddressee(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
    }

    private String where(UUID programId, RegisterFilter filter, Map<String, Object> params) {
        params.put("program", programId);
        params.put("zone", clock.getZone().getId());
        StringBuilder where = new StringBuilder(" where l.program_id = :program");
        if (filter.kind() != null) {
            where.append(" and l.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            where.append(" and l.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.referrerId() != null) {
            where.append(" and l.referrer_id = :referrer");
            params.put("referrer", filter.referrerId());
        }
        if (filter.month() != null) {
            where.append(" and ").append(REGISTER_DATE).append(" between :from and :to");
            params.put("from", filter.month().atDay(1));
            params.put("to", filter.month().atEndOfMonth());
        }
        return where.toString();
    }

    private static RegisterRow row(ResultSet rs) throws SQLException {
        String[] children = children(rs.getArray("children"));
        String sentVia = rs.getString("sent_via");
        return new RegisterRow(rs.getObject("id", UUID.class), LetterKind.valueOf(rs.getString("kind")),
                LetterStatus.valueOf(rs.getString("status")), rs.getObject("year", Integer.class),
                rs.getObject("number", Integer.class), date(rs.getDate("register_date")),
                rs.getTimestamp("created_at").toInstant(), rs.getObject("referrer_id", UUID.class),
                rs.getString("recipient_name"),
                Arrays.stream(children).filter(Objects::nonNull).toList(), children.length,
                sentVia == null ? null : SendingChannel.valueOf(sentVia), date(rs.getDate("sent_on")),
                rs.getString("sent_reference"), date(rs.getDate("dispose_after")),
                date(rs.getDate("disposed_on")));
    }

    private static String[] children(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
