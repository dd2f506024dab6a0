package cl.circuito.waitinglist.ranking.web;

import cl.circuito.shared.validation.NoMarkup;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * A move in the ranking page (new position and reason), or the removal of a manual place (reason
 * only). Bound as "ranking", so its labels are the bundle's {@code ranking.position} and
 * {@code ranking.reason}. The position's rules live in the entry, which names the field.
 */
class RankingForm {

    private Integer position;
    @NotBlank @Size(max = 2000) @NoMarkup
    private String reason;
    private Long version;
    /** Where to come back to: the ranking of this program, at this page. */
    private UUID programId;
    private int page;

    public Integer getPosition() { return position; }
    public void setPosition(Integer position) { this.position = position; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public UUID getProgramId() { return programId; }
    public void setProgramId(UUID programId) { this.programId = programId; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = Math.max(0, page); }
}
