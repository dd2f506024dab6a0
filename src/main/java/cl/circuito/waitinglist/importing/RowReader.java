package cl.circuito.waitinglist.importing;

import cl.circuito.children.Rut;
import cl.circuito.network.ReferrerSummary;
import cl.circuito.shared.DomainException;
import cl.circuito.shared.input.InputDates;
import cl.circuito.shared.tables.Cells;
import cl.circuito.shared.tables.Headers;
import cl.circuito.shared.tables.Table;
import cl.circuito.shared.validation.NoMarkup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a sheet's row into a {@link ListRow} through the confirmed mapping: each cell as people write it (RUT in
 * every spelling, dates as text or Excel's, "Sí"/"No", "RIT P-123-2026 · RUC …" in one cell as our export writes
 * it), every unreadable cell a problem naming its column. The rules of a referral are checked later, by the
 * intake itself.
 */
public final class RowReader {

    private static final Pattern RIT = Pattern.compile("\\b([A-Z]{1,3}-\\d{1,7}-\\d{4})\\b");
    private static final Pattern RUC = Pattern.compile("\\b(\\d{10}-[\\dK])\\b");
    static final int NAME_LENGTH = 100;
    static final int CAUSE_LENGTH = 30;
    static final int REASON_LENGTH = 4000;
    private static final Pattern BRACKETED_NOTE = Pattern.compile("\\s*\\(.*\\)\\s*$");

    private final ColumnMapping mapping;
    private final ImportChoices choices;
    private final LocalDate today;
    private final Map<String, ReferrerSummary> referrersByName = new HashMap<>();

    RowReader(ColumnMapping mapping, ImportChoices choices, Collection<ReferrerSummary> referrers, LocalDate today) {
        this.mapping = mapping;
        this.choices = choices;
        this.today = today;
        referrers.forEach(r -> referrersByName.putIfAbsent(Headers.fold(r.name()), r));
    }

    /** The referrer a cell names, by its folded name; empty when the network has none by that name. */
    Optional<ReferrerSummary> referrerNamed(String text) {
        return Optional.ofNullable(referrersByName.get(Headers.fold(text)));
    }

    ListRow read(Table.Row row) {
        List<Problem> problems = new ArrayList<>();
        Rut rut = rut(row, problems);

        String given = cell(row, ListField.GIVEN_NAMES);
        String paternal = cell(row, ListField.PATERNAL_SURNAME);
        String maternal = cell(row, ListField.MATERNAL_SURNAME);
        String fullName = cell(row, ListField.FULL_NAME);
        if (given.isEmpty() && paternal.isEmpty() && !fullName.isEmpty()) {
            NameSplit.Names names = NameSplit.of(fullName);
            if (names == null) {
                problems.add(Problem.of(ListField.FULL_NAME, "import.problem.nameWithoutSurname"));
            } else {
                given = names.given();
                paternal = names.paternal();
                maternal = names.maternal() == null ? "" : names.maternal();
            }
        }
        LocalDate birthDate = date(row, ListField.BIRTH_DATE, problems);

        String referrerText = cell(row, ListField.REFERRER);
        UUID referrerId = null;
        if (!referrerText.isEmpty()) {
            referrerId = referrerNamed(referrerText).map(ReferrerSummary::id)
                    .orElse(choices.referrers().get(referrerKey(referrerText)));
            if (referrerId == null) {
                problems.add(Problem.of(ListField.REFERRER, "import.problem.unknownReferrer", referrerText));
            }
        }

        String rit = cell(row, ListField.COURT_RIT).toUpperCase();
        String ruc = cell(row, ListField.COURT_RUC).toUpperCase();
        String causeNumbers = cell(row, ListField.CAUSE_NUMBERS).toUpperCase();
        if (!causeNumbers.isEmpty()) {
            rit = rit.isEmpty() ? find(RIT, causeNumbers) : rit;
            ruc = ruc.isEmpty() ? find(RUC, causeNumbers) : ruc;
        }

        LocalDate receivedOn = date(row, ListField.RECEIVED_ON, problems);
        Boolean background = background(row, problems);
        ListState state = state(row, problems);
        LocalDate decidedOn = date(row, ListField.DECIDED_ON, problems);
        Integer priority = number(row, ListField.PRIORITY, problems);
        Integer score = number(row, ListField.SCORE, problems);
        if (state == ListState.WAITING && decidedOn == null && !hasProblemIn(problems, ListField.DECIDED_ON)) {
            problems.add(Problem.of(mapping.has(ListField.DECIDED_ON) ? ListField.DECIDED_ON : null,
                    "import.problem.decidedOnRequired"));
        }
        if (state == ListState.UNDER_REVIEW && priority != null) {
            problems.add(Problem.of(ListField.PRIORITY, "import.problem.priorityUnderReview"));
        }
        ListField names = mapping.has(ListField.FULL_NAME) && !mapping.has(ListField.GIVEN_NAMES)
                ? ListField.FULL_NAME : null;
        plainText(given, names != null ? names : ListField.GIVEN_NAMES, NAME_LENGTH, problems);
        plainText(paternal, names != null ? names : ListField.PATERNAL_SURNAME, NAME_LENGTH, problems);
        plainText(maternal, names != null ? names : ListField.MATERNAL_SURNAME, NAME_LENGTH, problems);
        plainText(rit, mapping.has(ListField.COURT_RIT) ? ListField.COURT_RIT : ListField.CAUSE_NUMBERS, CAUSE_LENGTH,
                problems);
        plainText(ruc, mapping.has(ListField.COURT_RUC) ? ListField.COURT_RUC : ListField.CAUSE_NUMBERS, CAUSE_LENGTH,
                problems);
        plainText(cell(row, ListField.REASON), ListField.REASON, REASON_LENGTH, problems);
        return new ListRow(row.number(), rut, given, paternal, maternal, birthDate, referrerText, referrerId,
                rit, ruc, cell(row, ListField.REASON), receivedOn, background, state, decidedOn, priority, score,
                problems);
    }

    /** How the page names an unknown referrer's choice: its folded name, with no spaces. */
    public static String referrerKey(String name) {
        return Headers.fold(name).replace(' ', '_');
    }

    private Rut rut(Table.Row row, List<Problem> problems) {
        String text = cell(row, ListField.RUT);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Rut.parse(text);
        } catch (DomainException invalid) {
            problems.add(Problem.of(ListField.RUT, "import.problem.rut", text));
            return null;
        }
    }

    private LocalDate date(Table.Row row, ListField field, List<Problem> problems) {
        String text = cell(row, field);
        try {
            return Cells.date(text, today);
        } catch (InputDates.OutOfRange outOfRange) {
            problems.add(Problem.of(field, "import.problem.dateOutOfRange", text));
        } catch (IllegalArgumentException notADate) {
            problems.add(Problem.of(field, "import.problem.date", text));
        }
        return null;
    }

    private Boolean background(Table.Row row, List<Problem> problems) {
        String text = cell(row, ListField.BACKGROUND_SUFFICIENT);
        try {
            Boolean value = Cells.yesNo(text);
            if (value != null) {
                return value;
            }
        } catch (IllegalArgumentException notYesNo) {
            problems.add(Problem.of(ListField.BACKGROUND_SUFFICIENT, "import.problem.yesNo", text));
            return null;
        }
        if (choices.backgroundSufficient() == null) {
            problems.add(Problem.of(mapping.has(ListField.BACKGROUND_SUFFICIENT) ? ListField.BACKGROUND_SUFFICIENT
                    : null, "import.problem.backgroundMissing"));
        }
        return choices.backgroundSufficient();
    }

    /** The "Estado" cell says it; else the "Decisión" cell; else the child is under review. */
    private ListState state(Table.Row row, List<Problem> problems) {
        ListState fromState = stateIn(row, ListField.STATE, problems);
        ListState fromDecision = stateIn(row, ListField.DECISION, problems);
        if (fromState != null && fromDecision != null && fromState != fromDecision
                && fromDecision != ListState.UNDER_REVIEW) {
            problems.add(Problem.of(ListField.DECISION, "import.problem.stateContradicts",
                    cell(row, ListField.DECISION), cell(row, ListField.STATE)));
        }
        if (fromState != null) {
            return fromState;
        }
        return fromDecision != null ? fromDecision : ListState.UNDER_REVIEW;
    }

    private ListState stateIn(Table.Row row, ListField field, List<Problem> problems) {
        String text = cell(row, field);
        try {
            return ListState.of(text).orElse(null);
        } catch (IllegalArgumentException unknown) {
            problems.add(Problem.of(field, "import.problem.state", text));
            return null;
        }
    }

    /** A whole number; a note in brackets after it goes, as in our PDF's "1 (modificada)". */
    private Integer number(Table.Row row, ListField field, List<Problem> problems) {
        String text = cell(row, field);
        try {
            return Cells.wholeNumber(BRACKETED_NOTE.matcher(text).replaceFirst(""));
        } catch (IllegalArgumentException notANumber) {
            problems.add(Problem.of(field, "import.problem.number", text));
            return null;
        }
    }

    /**
     * The limits and the plain-text rule the referral form's fields have ({@code entry.web.Inputs.ReferralInput}):
     * a sheet reaches the same intake, past no form, so its cells meet them here (a name longer than the column
     * would otherwise fail the whole import when saved).
     */
    private static void plainText(String text, ListField column, int maxLength, List<Problem> problems) {
        if (text == null || text.isEmpty() || problems.stream().anyMatch(p -> p.column() == column)) {
            return;
        }
        if (text.length() > maxLength) {
            problems.add(Problem.of(column, "import.problem.tooLong", maxLength));
        } else if (NoMarkup.Validator.containsMarkup(text)) {
            problems.add(Problem.of(column, "import.problem.markup"));
        }
    }

    private String cell(Table.Row row, ListField field) {
        return mapping.columnOf(field).map(row::cell).orElse("");
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static boolean hasProblemIn(List<Problem> problems, ListField field) {
        return problems.stream().anyMatch(p -> p.column() == field);
    }
}
