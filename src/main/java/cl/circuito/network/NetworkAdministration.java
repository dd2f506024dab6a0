package cl.circuito.network;

import cl.circuito.shared.NotFound;
import cl.circuito.shared.SearchPattern;
import cl.circuito.shared.security.Actor;
import cl.circuito.shared.security.Permission;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import cl.circuito.shared.Versions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The administrator's side of the network: institutions, programs (with their director) and
 * referring bodies. Every write and every administrative listing requires
 * {@link Permission#MANAGE_NETWORK}, except creating and finding what exists, which an import
 * ({@link Permission#IMPORT_NETWORK}) also does; modalities and comunas are reference data anyone may read.
 * Names are unique ignoring case: an institution's, a program's within its institution, and a
 * referrer's within its kind ({@code NameTaken}, field {@code name}). Updates take the version the
 * user edited, so a concurrent change is refused instead of silently overwritten.
 *
 * <p>Longer than our services usually are because it administers three kinds of reference records (institutions,
 * programs, referrers) with the same rules (unique names, the edited version, one permission); a class per kind
 * would repeat them.
 */
@Service
@Transactional
public class NetworkAdministration {

    private static final Collator SPANISH = Collator.getInstance(Locale.forLanguageTag("es-CL"));

    private final Institutions institutions;
    private final Programs programs;
    private final Referrers referrers;
    private final Modalities modalities;
    private final Comunas comunas;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NetworkAdministration(Institutions institutions, Programs programs, Referrers referrers, Modalities modalities,
                          Comunas comunas, ApplicationEventPublisher events, Clock clock) {
        this.institutions = institutions;
        this.programs = programs;
        this.referrers = referrers;
        this.modalities = modalities;
        this.comunas = comunas;
        this.events = events;
        this.clock = clock;
    }

    /** What the administrator edits about an institution. Blank optional texts are stored as absent. */
    public record InstitutionData(String name, String rut, String address, String phone, String email) {
    }

    public record InstitutionSummary(UUID id, String name, String rut, String address, String phone, String email) {

        static InstitutionSummary of(Institution i) {
            return new InstitutionSummary(i.id(), i.name(), i.rut(), i.address(), i.phone(), i.email());
        }
    }

    /** A record as an edit form shows it, with the version the user is editing. */
    public record Versioned<T>(long version, T data) {
    }

    /** What the administrator edits about a program (its institution is fixed when it is created). */
    public record ProgramData(String modalityCode, String name, String code, String comunaCode, String address,
                              String phone, String email, int agreedCapacity, boolean hasSupportProfessional,
                              boolean active) {
    }

    /** What the administrator edits about a referring body; the comuna is optional. */
    public record ReferrerData(ReferrerKind kind, String name, String comunaCode, String address, String email,
                               String phone, boolean active) {
    }

    /**
     * What the administrator looks for in the programs table: {@code text} in the program's or the
     * institution's name (accents and case ignored), a region (CUT code), a modality. A null or
     * blank criterion does not filter.
     */
    public record ProgramCriteria(String text, String regionCode, String modalityCode) {

        public ProgramCriteria {
            regionCode = clean(regionCode);
            modalityCode = clean(modalityCode);
        }

        public boolean filters() {
            return clean(text) != null || regionCode != null || modalityCode != null;
        }
    }

    public record ComunaOption(String code, String name) {
    }

    /** A region with its comunas, sorted the Spanish way: one {@code <optgroup>} of a select. */
    public record RegionComunas(String code, String name, List<ComunaOption> comunas) {
    }

    // ------------------------------------------------------------------ institutions

    public InstitutionSummary createInstitution(Actor actor, InstitutionData data) {
        requireToCreate(actor);
        checkInstitutionName(data.name(), null);
        Institution institution = new Institution(data.name(), clean(data.rut()), clean(data.address()),
                clean(data.phone()), clean(data.email()));
        return InstitutionSummary.of(institutions.save(institution));
    }

    public InstitutionSummary updateInstitution(Actor actor, UUID institutionId, Long version, InstitutionData data) {
        actor.require(Permission.MANAGE_NETWORK);
        Institution institution = institution(institutionId);
        Versions.require(institution.version(), version);
        checkInstitutionName(data.name(), institutionId);
        institution.update(data.name(), clean(data.rut()), clean(data.address()), clean(data.phone()),
                clean(data.email()));
        // Letters name the institution of each of its programs.
        programs.findByInstitution_Id(institutionId)
                .forEach(p -> events.publishEvent(new NetworkEvents.ProgramChanged(p.id())));
        return InstitutionSummary.of(institution);
    }

    @Transactional(readOnly = true)
    public List<InstitutionSummary> institutions(Actor actor) {
        actor.require(Permission.MANAGE_NETWORK);
        return institutions.findAllByOrderByNameAsc().stream().map(InstitutionSummary::of).toList();
    }

    /** One page of institutions by name, those whose name contains {@code text} (accents and case ignored). */
    @Transactional(readOnly = true)
    public Page<InstitutionSummary> searchInstitutions(Actor actor, String text, Pageable pageable) {
        actor.require(Permission.MANAGE_NETWORK);
        return institutions.search(SearchPattern.containing(text), unsorted(pageable)).map(InstitutionSummary::of);
    }

    @Transactional(readOnly = true)
    public Versioned<InstitutionData> institution(Actor actor, UUID institutionId) {
        actor.require(Permission.MANAGE_NETWORK);
        Institution i = institution(institutionId);
        return new Versioned<>(i.version(), new InstitutionData(i.name(), i.rut(), i.address(), i.phone(), i.email()));
    }

    // ------------------------------------------------------------------ programs

    public ProgramSummary createProgram(Actor actor, UUID institutionId, ProgramData data) {
        requireToCreate(actor);
        Institution institution = institutions.findById(institutionId)
                .orElseThrow(() -> new InvalidNetworkData("institutionId", "error.network.unknownInstitution"));
        checkProgramName(institutionId, data.name(), null);
        return ProgramSummary.of(programs.save(new Program(institution, details(data), today())));
    }

    public ProgramSummary updateProgram(Actor actor, UUID programId, Long version, ProgramData data) {
        actor.require(Permission.MANAGE_NETWORK);
        Program program = program(programId);
        Versions.require(program.version(), version);
        checkProgramName(program.institution().id(), data.name(), programId);
        program.update(details(data), today());
        events.publishEvent(new NetworkEvents.ProgramChanged(programId));
        return ProgramSummary.of(program);
    }

    /**
     * New contact data for a program (address, phone, e-mail), which the not-eligible oficios naming it give.
     *
     * @param version the program's version the admin edited; another is refused as a concurrent change
     */
    public ProgramContact changeProgramContact(Actor actor, UUID programId, Long version, ProgramContact contact) {
        actor.require(Permission.MANAGE_NETWORK);
        Program program = program(programId);
        Versions.require(program.version(), version);
        program.changeContact(contact == null ? ProgramContact.NONE : contact);
        events.publishEvent(new NetworkEvents.ProgramChanged(programId));
        return program.contact();
    }

    /** A program's contact data as the admin edits it, with the program's version. */
    @Transactional(readOnly = true)
    public Versioned<ProgramContact> programContact(Actor actor, UUID programId) {
        actor.require(Permission.MANAGE_NETWORK);
        Program program = program(programId);
        return new Versioned<>(program.version(), program.contact());
    }

    /**
     * Names the program's director ({@code null}: none). The user is identity's business: callers
     * make sure it is a program director and give them access to the program.
     */
    public void appointDirector(Actor actor, UUID programId, UUID userId) {
        actor.require(Permission.MANAGE_NETWORK);
        program(programId).appointDirector(userId);
        events.publishEvent(new NetworkEvents.ProgramChanged(programId));
    }

    @Transactional(readOnly = true)
    public List<ProgramSummary> programs(Actor actor) {
        actor.require(Permission.MANAGE_NETWORK);
        return programs.findAllOrdered().stream().map(ProgramSummary::of).toList();
    }

    /** One page of the programs that match, by name. */
    @Transactional(readOnly = true)
    public Page<ProgramSummary> searchPrograms(Actor actor, ProgramCriteria criteria, Pageable pageable) {
        actor.require(Permission.MANAGE_NETWORK);
        return programs.search(SearchPattern.containing(criteria.text()), criteria.regionCode(),
                criteria.modalityCode(), unsorted(pageable)).map(ProgramSummary::of);
    }

    @Transactional(readOnly = true)
    public Versioned<ProgramData> program(Actor actor, UUID programId) {
        actor.require(Permission.MANAGE_NETWORK);
        Program p = program(programId);
        return new Versioned<>(p.version(), new ProgramData(p.modality().code(), p.name(), p.code(), p.comuna().code(),
                p.address(), p.phone(), p.email(), p.agreedCapacity(), p.hasSupportProfessional(), p.active()));
    }

    // ------------------------------------------------------------------ referrers

    public ReferrerSummary createReferrer(Actor actor, ReferrerData data) {
        requireToCreate(actor);
        checkReferrerName(data.kind(), data.name(), null);
        Referrer referrer = new Referrer(data.kind(), data.name(), null, null, null, null);
        fill(referrer, data);
        return ReferrerSummary.of(referrers.save(referrer));
    }

    public ReferrerSummary updateReferrer(Actor actor, UUID referrerId, Long version, ReferrerData data) {
        actor.require(Permission.MANAGE_NETWORK);
        Referrer referrer = referrer(referrerId);
        Versions.require(referrer.version(), version);
        checkReferrerName(data.kind(), data.name(), referrerId);
        fill(referrer, data);
        events.publishEvent(new NetworkEvents.ReferrerChanged(referrerId));
        return ReferrerSummary.of(referrer);
    }

    @Transactional(readOnly = true)
    public List<ReferrerSummary> referrers(Actor actor) {
        actor.require(Permission.MANAGE_NETWORK);
        return referrers.findAllWithComuna().stream().map(ReferrerSummary::of).toList();
    }

    /**
     * One page of referrers by kind, then name: those of {@code kind} (null: any) whose name contains
     * {@code text} (accents and case ignored).
     */
    @Transactional(readOnly = true)
    public Page<ReferrerSummary> searchReferrers(Actor actor, String text, ReferrerKind kind, Pageable pageable) {
        actor.require(Permission.MANAGE_NETWORK);
        return referrers.search(SearchPattern.containing(text), kind, unsorted(pageable)).map(ReferrerSummary::of);
    }

    @Transactional(readOnly = true)
    public Versioned<ReferrerData> referrer(Actor actor, UUID referrerId) {
        actor.require(Permission.MANAGE_NETWORK);
        Referrer r = referrer(referrerId);
        return new Versioned<>(r.version(), new ReferrerData(r.kind(), r.name(),
                r.comuna() == null ? null : r.comuna().code(), r.address(), r.email(), r.phone(), r.active()));
    }

    // ------------------------------------------------------------------ what an import finds already there

    /** The institution of this name (case ignored), as the unique index compares them. */
    @Transactional(readOnly = true)
    public Optional<InstitutionSummary> institutionNamed(Actor actor, String name) {
        requireToCreate(actor);
        return clean(name) == null ? Optional.empty()
                : institutions.findByNameIgnoreCase(name.trim()).map(InstitutionSummary::of);
    }

    /** The program with this code (case ignored), with its contact data. */
    @Transactional(readOnly = true)
    public Optional<Versioned<ProgramData>> programWithCode(Actor actor, String code) {
        requireToCreate(actor);
        return clean(code) == null ? Optional.empty() : programs.findByCode(code.trim())
                .map(p -> new Versioned<>(p.version(), new ProgramData(p.modality().code(), p.name(), p.code(),
                        p.comuna().code(), p.address(), p.phone(), p.email(), p.agreedCapacity(),
                        p.hasSupportProfessional(), p.active())));
    }

    /** The id of the program with this code (case ignored). */
    @Transactional(readOnly = true)
    public Optional<UUID> programIdWithCode(Actor actor, String code) {
        requireToCreate(actor);
        return clean(code) == null ? Optional.empty() : programs.findByCode(code.trim()).map(Program::id);
    }

    /** Whether the institution already has a program of this name (case ignored). */
    @Transactional(readOnly = true)
    public boolean programNameTaken(Actor actor, UUID institutionId, String name) {
        requireToCreate(actor);
        return clean(name) != null && programs.findByInstitution_IdAndNameIgnoreCase(institutionId, name.trim()).isPresent();
    }

    /** The referring body of this kind and name (case ignored). */
    @Transactional(readOnly = true)
    public Optional<ReferrerSummary> referrerNamed(Actor actor, ReferrerKind kind, String name) {
        requireToCreate(actor);
        return clean(name) == null || kind == null ? Optional.empty()
                : referrers.findByKindAndNameIgnoreCase(kind, name.trim()).map(ReferrerSummary::of);
    }

    // ------------------------------------------------------------------ reference data

    @Transactional(readOnly = true)
    public List<Modality> modalities() {
        return modalities.findAllByOrderByKindAscCodeAsc();
    }

    /** Every comuna grouped by region (regions by CUT code, comunas by Spanish alphabetical order). */
    @Transactional(readOnly = true)
    public List<RegionComunas> comunasByRegion() {
        Map<Region, List<ComunaOption>> grouped = new LinkedHashMap<>();
        for (Comuna c : comunas.findAllOrdered()) {
            grouped.computeIfAbsent(c.region(), r -> new ArrayList<>()).add(new ComunaOption(c.code(), c.name()));
        }
        List<RegionComunas> result = new ArrayList<>();
        grouped.forEach((region, options) -> {
            options.sort(Comparator.comparing(ComunaOption::name, SPANISH));
            result.add(new RegionComunas(region.code(), region.name(), List.copyOf(options)));
        });
        return List.copyOf(result);
    }

    // ------------------------------------------------------------------ rules

    /** Creating is the administrator's, and also an import's (the national team brings its network in). */
    private static void requireToCreate(Actor actor) {
        if (!actor.can(Permission.MANAGE_NETWORK)) {
            actor.require(Permission.IMPORT_NETWORK);
        }
    }

    /** Today in Chile, by the application's clock: the day a program marked inactive ends. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Institution institution(UUID institutionId) {
        return institutions.findById(institutionId).orElseThrow(() -> new NotFound("institution"));
    }

    private Program program(UUID programId) {
        return programs.findById(programId).orElseThrow(() -> new NotFound("program"));
    }

    private Referrer referrer(UUID referrerId) {
        return referrers.findById(referrerId).orElseThrow(() -> new NotFound("referrer"));
    }

    private void fill(Referrer referrer, ReferrerData data) {
        if (data.kind() == null) {
            throw new InvalidNetworkData("kind", "error.network.kindRequired");
        }
        referrer.update(data.kind(), data.name(), comunaOrNull(data.comunaCode()), clean(data.address()),
                clean(data.email()), clean(data.phone()), data.active());
    }

    private Program.ProgramDetails details(ProgramData data) {
        Modality modality = modalities.findById(String.valueOf(data.modalityCode()))
                .orElseThrow(() -> new InvalidNetworkData("modalityCode", "error.network.unknownModality"));
        Comuna comuna = comunas.findById(String.valueOf(data.comunaCode()))
                .orElseThrow(() -> new InvalidNetworkData("comunaCode", "error.network.unknownComuna"));
        return new Program.ProgramDetails(modality, data.name(), clean(data.code()), comuna, clean(data.address()),
                clean(data.phone()), clean(data.email()), data.agreedCapacity(), data.hasSupportProfessional(),
                data.active());
    }

    private Comuna comunaOrNull(String code) {
        if (clean(code) == null) {
            return null;
        }
        return comunas.findById(code)
                .orElseThrow(() -> new InvalidNetworkData("comunaCode", "error.network.unknownComuna"));
    }

    private void checkInstitutionName(String name, UUID self) {
        requireName(name);
        institutions.findByNameIgnoreCase(name.trim())
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw new NameTaken("institution");
                });
    }

    private void checkProgramName(UUID institutionId, String name, UUID self) {
        requireName(name);
        programs.findByInstitution_IdAndNameIgnoreCase(institutionId, name.trim())
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw new NameTaken("program");
                });
    }

    private void checkReferrerName(ReferrerKind kind, String name, UUID self) {
        requireName(name);
        referrers.findByKindAndNameIgnoreCase(kind, name.trim())
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw new NameTaken("referrer");
                });
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidNetworkData("name", "error.network.nameRequired");
        }
    }

    /** The searches have their own order (by name, accents ignored): a sort on the page would be appended after it. */
    private static Pageable unsorted(Pageable pageable) {
        return Pageable.ofSize(pageable.getPageSize()).withPage(pageable.getPageNumber());
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
