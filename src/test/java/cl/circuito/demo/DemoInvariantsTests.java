package cl.circuito.demo;

import cl.circuito.calendar.BusinessCalendar;
import cl.circuito.testing.DemoWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo is the first record a new user trusts: on the day it is loaded, nothing in it may contradict itself.
 * These invariants hold for any record made through Circuito's rules — so they hold after the generative tests
 * have thrown their input at the same demo, too. Each lists the offending rows, so a failure says what to fix.
 */
@DemoWorld
class DemoInvariantsTests {

    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired BusinessCalendar calendar;

    @Test
    void theWaitingListTellsOneStory() {
        LocalDate today = LocalDate.now(clock);
        none("received in the future, or a deadline not after receipt", """
                select id from waiting_list_entry where received_on > :today or admissibility_due_on <= received_on""", today);
        none("a decision before receipt or in the future", """
                select id from waiting_list_entry where decided_on < received_on or decided_on > :today""", today);
        none("an exit before receipt, before the decision or in the future", """
                select id from waiting_list_entry
                 where exited_on < received_on or exited_on < decided_on or exited_on > :today""", today);
        none("'turned 18' before the child was 18, without a written reason", """
                select e.id from waiting_list_entry e join child c on c.id = e.child_id
                 where e.exit_reason = 'TURNED_18' and e.exit_age_override is null
                   and (c.birth_date is null or c.birth_date + interval '18 years' > e.exited_on)""", today);
        none("scheduled without a month, or scheduled and already attended", """
                select e.id from waiting_list_entry e
                 where e.status = 'SCHEDULED'
                   and (e.scheduled_month is null or exists (select 1 from active_case ac where ac.entry_id = e.id))""", today);
        none("admitted before its scheduled month, before its interview or without its case", """
                select e.id from waiting_list_entry e left join active_case ac on ac.entry_id = e.id
                 where e.exit_reason = 'ADMITTED'
                   and (ac.id is null or ac.admitted_on < e.scheduled_month or ac.admitted_on > :today
                        or ac.admitted_on < (select max(i.held_on) from admission_interview i where i.entry_id = e.id))""",
                today);
        none("a case closed before it was opened or in the future", """
                select id from active_case where closed_on < admitted_on or closed_on > :today or admitted_on > :today""",
                today);
        none("a case closed as 'turned 18' before the child was 18, without a written reason", """
                select ac.id from active_case ac join child c on c.id = ac.child_id
                 where ac.close_reason = 'TURNED_18' and ac.close_age_override is null
                   and (c.birth_date is null or c.birth_date + interval '18 years' > ac.closed_on)""", today);
    }

    @Test
    void everyMesaSessionSitsInItsPlaceAndItsMinutesWereApprovedWhereTheySay() {
        LocalDate today = LocalDate.now(clock);
        none("session numbers out of date order", """
                select id from (select id, number, row_number() over (partition by mesa_id order by held_on, number) as n
                                  from mesa_session) s
                 where number <> n""", today);
        none("a session held in the future, or one still to be held whose date has passed", """
                select id from mesa_session
                 where (status = 'HELD' and held_on > :today) or (status = 'SCHEDULED' and held_on < :today)""", today);
        none("minutes approved at a session not held, not after them, or on another date", """
                select s.id from mesa_session s join mesa_session a on a.id = s.minutes_approved_in
                 where s.minutes_status = 'APPROVED'
                   and (a.status <> 'HELD' or a.held_on <= s.held_on or s.minutes_approved_on <> a.held_on
                        or a.attendance_recorded_at is null)""", today);
        List<String> offDays = new ArrayList<>();
        // Read first, then ask the calendar: asking it inside the row mapper would take a second connection.
        jdbc.sql("""
                        select s.id, s.held_on, m.comuna_code from mesa_session s join mesa m on m.id = s.mesa_id
                         where s.status <> 'CANCELLED'""")
                .query((rs, n) -> new Object[]{rs.getObject("id", UUID.class), rs.getDate("held_on").toLocalDate(),
                        rs.getString("comuna_code")})
                .list()
                .forEach(row -> {
                    if (!calendar.isBusinessDay((LocalDate) row[1], (String) row[2])) {
                        offDays.add(row[0] + " on " + row[1]);
                    }
                });
        assertThat(offDays).as("sessions on a weekend or a holiday of their comuna").isEmpty();
        none("an agreement closed in the future or due before the session that made it", """
                select a.id from mesa_agreement a join mesa_session s on s.id = a.session_id
                 where a.closed_on > :today or a.due_on < s.held_on""", today);
    }

    @Test
    void everyIssuedLetterHasItsNumberInSequenceAndWasSentAfterIt() {
        LocalDate today = LocalDate.now(clock);
        none("issued in the future or without a number", """
                select id from letter where status in ('ISSUED', 'SENT') and (issued_on > :today or number is null)""", today);
        none("a year's numbers with a gap or a repeat", """
                select program_id from letter where number is not null
                 group by program_id, year having count(*) <> max(number) or count(distinct number) <> count(*)""", today);
        none("sent before it was issued, or in the future", """
                select id from letter where sent_on < issued_on or sent_on > :today""", today);
    }

    private void none(String what, String sql, LocalDate today) {
        List<String> rows = jdbc.sql(sql).param("today", today).query(String.class).list();
        assertThat(rows).as(what).isEmpty();
    }
}
