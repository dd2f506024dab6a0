package cl.circuito.mesas.sessions;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who attended a session as the minutes list it (their page and PDF): members' lines as recorded, then the
 * guests; an empty list until attendance is taken.
 */
@Component
public class AttendanceDigest {

    /**
     * One line: the member (or, for a guest, their institution), the person, and the status label already in
     * Spanish ("Presente", "Excusa", "Ausente"); {@code guest} for people invited to this session only.
     */
    public record Line(String memberName, String personName, String position, String statusLabel, boolean present,
                boolean guest) {
    }

    private final JdbcClient jdbc;
    private final MessageSource messages;

    AttendanceDigest(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public List<Line> forSession(UUID sessionId) {
        List<Line> lines = new ArrayList<>(jdbc.sql("""
                        select m.name as member_name, r.full_name, r.position, a.status
                          from mesa_attendance a join mesa_member m on m.id = a.member_id
                          left join mesa_representative r on r.id = a.representative_id
                         where a.session_id = ?
                         order by m.co_facilitator desc, m.name, r.full_name""")
                .param(sessionId)
                .query((rs, n) -> new Line(rs.getString("member_name"), rs.getString("full_name"),
                        rs.getString("position"), label(rs.getString("status")), "PRESENT".equals(rs.getString("status")),
                        false))
                .list());
        if (lines.isEmpty()) {
            return List.of();
        }
        lines.addAll(jdbc.sql("""
                        select full_name, institution, position, present from mesa_session_guest
                         where session_id = ? order by created_at, full_name""")
                .param(sessionId)
                .query((rs, n) -> new Line(rs.getString("institution"), rs.getString("full_name"),
                        rs.getString("position"), label(rs.getBoolean("present") ? "PRESENT" : "ABSENT"),
                        rs.getBoolean("present"), true))
                .list());
        return List.copyOf(lines);
    }

    private String label(String status) {
        return messages.getMessage("mesasessions.attendance." + status, null, MesaScheduling.CHILE);
    }
}
