package cl.circuito.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * How another module reads program summaries in a statement of its own (the network is reference data every module
 * may read): the joins from a column holding a program's id and the columns they add, under {@code ps_} names that
 * do not clash with the reader's. The signed-in user and their programs are one statement this way, not two. The
 * summary's shape stays here, next to {@link ProgramSummary#of}, which reads the same columns through JPA.
 */
public final class ProgramSummaryReads {

    /** The summary's columns; null in every one when the program column was null (a left join that found none). */
    public static final String COLUMNS = """
            ps_p.id as ps_id, ps_p.name as ps_name, ps_m.code as ps_modality_code, ps_m.name as ps_modality_name,
            ps_i.id as ps_institution_id, ps_i.name as ps_institution_name, ps_c.code as ps_comuna_code,
            ps_c.name as ps_comuna_name, ps_r.code as ps_region_code, ps_r.name as ps_region_name,
            ps_p.agreed_capacity as ps_agreed_capacity, ps_p.has_support_professional as ps_has_support_professional,
            ps_p.director_user_id as ps_director_user_id, ps_p.active as ps_active, ps_p.ended_on as ps_ended_on""";

    private ProgramSummaryReads() {
    }

    /** Left joins from {@code programIdColumn} (as the reader names it) to everything the summary names. */
    public static String joinedOn(String programIdColumn) {
        return """
                left join program ps_p on ps_p.id = %s
                left join institution ps_i on ps_i.id = ps_p.institution_id
                left join modality ps_m on ps_m.code = ps_p.modality_code
                left join comuna ps_c on ps_c.code = ps_p.comuna_code
                left join region ps_r on ps_r.code = ps_c.region_code
                """.formatted(programIdColumn);
    }

    /** The row's program; empty when the join found none. */
    public static Optional<ProgramSummary> read(ResultSet row) throws SQLException {
        UUID id = row.getObject("ps_id", UUID.class);
        if (id == null) {
            return Optional.empty();
        }
        return Optional.of(new ProgramSummary(id, row.getString("ps_name"), row.getString("ps_modality_code"),
                row.getString("ps_modality_name"), row.getObject("ps_institution_id", UUID.class),
                row.getString("ps_institution_name"), row.getString("ps_comuna_code"), row.getString("ps_comuna_name"),
                row.getString("ps_region_code"), row.getString("ps_region_name"), row.getInt("ps_agreed_capacity"),
                row.getBoolean("ps_has_support_professional"), row.getObject("ps_director_user_id", UUID.class),
                row.getBoolean("ps_active"), row.getObject("ps_ended_on", LocalDate.class)));
    }
}
