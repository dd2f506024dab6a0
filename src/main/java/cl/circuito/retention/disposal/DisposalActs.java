package cl.circuito.retention.disposal;

import cl.circuito.shared.privacy.RecordKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The register of acts of disposal: appended to, read by holder, never changed (a trigger refuses it). */
@Repository
class DisposalActs {

    private static final String COLUMNS = """
            id, kind, holder, holder_id, disposed_at, disposed_by, disposed_by_name, reason, record_count, record_ids""";

    private final JdbcClient jdbc;

    DisposalActs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(DisposalAct act) {
        jdbc.sql("insert into record_disposal (" + COLUMNS + """
                        ) values (:id, :kind, :holder, :holderId, :at, :by, :byName, :reason, :count, :ids)""")
                .param("id", act.id())
                .param("kind", act.kind().name())
                .param("holder", act.holder().name())
                .param("holderId", act.holderId())
                .param("at", Timestamp.from(act.disposedAt()))
                .param("by", act.disposedBy())
                .param("byName", act.disposedByName())
                .param("reason", act.reason())
                .param("count", act.recordCount())
                .param("ids", act.recordIds().toArray(new UUID[0]))
                .update();
    }

    /** A holder's acts, latest first; {@code holderId} null for the network's own (uploaded sheets). */
    Page<DisposalAct> of(UUID holderId, int page, int size) {
        // A parameter the statement does not name is ignored, so one binding serves both forms.
        String where = holderId == null ? "holder_id is null" : "holder_id = :holder";
        long total = jdbc.sql("select count(*) from record_disposal where " + where)
                .param("holder", holderId).query(Long.class).single();
        List<DisposalAct> rows = jdbc.sql("select " + COLUMNS + " from record_disposal where " + where
                        + " order by disposed_at desc, id limit :size offset :offset")
                .param("holder", holderId).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> act(rs)).list();
        return new PageImpl<>(rows, PageRequest.of(page, size), total);
    }

    /** Every act, latest first: the data protection officer's view of the whole network. */
    Page<DisposalAct> all(int page, int size) {
        long total = jdbc.sql("select count(*) from record_disposal").query(Long.class).single();
        List<DisposalAct> rows = jdbc.sql("select " + COLUMNS
                        + " from record_disposal order by disposed_at desc, id limit :size offset :offset")
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> act(rs)).list();
        return new PageImpl<>(rows, PageRequest.of(page, size), total);
    }

    private static DisposalAct act(ResultSet rs) throws SQLException {
        Array ids = rs.getArray("record_ids");
        return new DisposalAct(rs.getObject("id", UUID.class), RecordKind.valueOf(rs.getString("kind")),
                RecordKind.Holder.valueOf(rs.getString("holder")), rs.getObject("holder_id", UUID.class),
                rs.getTimestamp("disposed_at").toInstant(), rs.getObject("disposed_by", UUID.class),
                rs.getString("disposed_by_name"), rs.getString("reason"), rs.getInt("record_count"),
                Arrays.asList((UUID[]) ids.getArray()));
    }
}
