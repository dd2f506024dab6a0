package cl.circuito.mesas.cases;

import cl.circuito.children.ChildNames;
import cl.circuito.waitinglist.ProgramChildren;
import cl.circuito.mesas.MemberKind;
import cl.circuito.mesas.agreements.ReviewedChildNames;
import cl.circuito.mesas.mesa.MesaMember;
import cl.circuito.mesas.mesa.MesaRuleViolation;
import cl.circuito.shared.security.AccessScope;
import cl.circuito.shared.security.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The children a presenting program may bring to the Mesa from its own lists (waiting or active), named by
 * initials and age only. Names and birth dates are read to compute them and never leave this class. Only a
 * user of that program sees its children: a co-facilitator of another program types initials and age instead.
 * It also keeps a picked child's names out of the texts written about the case, its strategies' agreements included.
 */
@Component
public class CaseChildren implements ReviewedChildNames {

    /** Words a Mesa's texts cannot avoid, though they are surnames too. */
    private static final List<String> UNAVOIDABLE = List.of("Mesa");

    private final ProgramChildren programChildren;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseChildren(ProgramChildren programChildren, JdbcClient jdbc, Clock clock) {
        this.programChildren = programChildren;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A child the program works with: {@code source} WAITING (on its list since) or ACTIVE (admitted on). */
    public record Pickable(UUID childId, String initials, Integer age, String source, LocalDate since) {
    }

    /** The program's children, when the actor works in that program; otherwise none. */
    List<Pickable> of(Actor actor, MesaMember member) {
        if (!picksFor(actor, member)) {
            return List.of();
        }
        return query(member.programId(), null);
    }

    /** The child as the Mesa may see it, if the actor may pick it for this member. */
    Optional<Pickable> pick(Actor actor, MesaMember member, UUID childId) {
        if (!picksFor(actor, member)) {
            return Optional.empty();
        }
        return query(member.programId(), childId).stream().findFirst();
    }

    /**
     * Refuses, on its field, the first text that names the child picked from a program's list by a word of its
     * registered names (accents and case ignored, whole words; see {@link ChildNames#words}). A case typed by
     * initials has no names to compare. The refusal does not repeat the word: the one who typed it knows it.
     */
    void requireUnnamed(UUID childId, Map<String, String> textsByField) {
        if (childId == null) {
            return;
        }
        ChildNames.Words names = jdbc.sql("select given_names, paternal_surname, maternal_surname from child where id = :id")
                .param("id", childId)
                .query((rs, n) -> ChildNames.words(rs.getString("given_names"), rs.getString("paternal_surname"),
                        rs.getString("maternal_surname")))
                .optional().orElse(new ChildNames.Words(Set.of()))
                .without(UNAVOIDABLE);
        textsByField.forEach((field, text) -> {
            if (names.foundIn(text)) {
                throw MesaRuleViolation.invalid(field, "mesacases.error.childName");
            }
        });
    }

    /** The child the review's case was picked for, when it was picked from a list, must not be named. */
    @Override
    public void requireUnnamedInReview(UUID caseReviewId, Map<String, String> textsByField) {
        if (caseReviewId == null) {
            return;
        }
        UUID childId = jdbc.sql("select c.child_id from mesa_case_review r join mesa_case c on c.id = r.case_id where r.id = :review")
                .param("review", caseReviewId).query((rs, n) -> rs.getObject("child_id", UUID.class)).optional().orElse(null);
        requireUnnamed(childId, textsByField);
    }

    static boolean picksFor(Actor actor, MesaMember member) {
        return member != null && member.kind() == MemberKind.PROGRAM
                && actor.scope() instanceof AccessScope.Programs programs
                && programs.programIds().contains(member.programId());
    }

    /**
     * The program's children from the waiting list's port (no other module reads its tables), named from the
     * child registry, a reference table every module may read.
     */
    private List<Pickable> query(UUID programId, UUID childId) {
        LocalDate today = LocalDate.now(clock);
        List<ProgramChildren.ProgramChild> theirs = programChildren.of(programId, childId);
        if (theirs.isEmpty()) {
            return List.of();
        }
        Map<UUID, Pickable> named = new HashMap<>();
        jdbc.sql("select id, given_names, paternal_surname, maternal_surname, birth_date from child where id in (:ids)")
                .param("ids", theirs.stream().map(ProgramChildren.ProgramChild::childId).collect(Collectors.toSet()))
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    named.put(id, new Pickable(id,
                            ChildNames.initials(first(rs.getString("given_names")), first(rs.getString("paternal_surname")),
                                    first(rs.getString("maternal_surname"))),
                            ChildNames.age(rs.getObject("birth_date", LocalDate.class), today), null, null));
                });
        List<Pickable> pickable = new ArrayList<>();
        for (ProgramChildren.ProgramChild child : theirs) {
            Pickable name = named.get(child.childId());
            if (name != null) {
                pickable.add(new Pickable(child.childId(), name.initials(), name.age(), child.source().name(),
                        child.since()));
            }
        }
        return pickable;
    }

    /** One initial per name part, so compound given names ("María José") still give 2–3 letters. */
    private static String first(String part) {
        if (part == null || part.isBlank()) {
            return null;
        }
        return part.strip().split("\\s+")[0];
    }
}
