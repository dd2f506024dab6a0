package cl.circuito;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.JavaPackage;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's base package is its API (docs/architecture.md): a public type there is a promise to other modules, so
 * it must be one another module keeps. Every public top-level type of a module's base package is used by the main
 * code of at least one other module: named there (a field, a call, a listener's event), in the signature of a
 * member another module calls (a list of it that a page shows, say), or an event another module listens to (also
 * through a type the event implements). A type only its own module uses belongs in a capability sub-package, or is
 * package-private. {@code shared}, the open kernel, is left out.
 */
class ModuleApiTests {

    /**
     * Types public for a framework's sake, not for another module's, by name, each with why it can be neither
     * package-private nor in a sub-package. Empty: Spring beans, JPA entities and repositories, Jackson records, and
     * the forms and view models Thymeleaf reads all work package-private (the network's entities, the admin forms)
     * or public in a sub-package. A type that would be listed here only to save a move is a type to move.
     */
    static final Map<String, String> FRAMEWORK_PUBLIC = Map.of();

    private final ApplicationModules modules = ApplicationModules.of(CircuitoApplication.class);

    @Test
    void everyPublicTypeOfABasePackageIsUsedByAnotherModule() {
        Set<JavaClass> reachedFromOtherModules = reachedThroughSignatures();
        List<String> unused = modules.stream()
                .filter(module -> !module.isOpen())
                .flatMap(module -> {
                    JavaPackage base = module.getBasePackage().toSingle();
                    return base.stream()
                            .filter(type -> type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC)
                                    && !JavaPackage.isPackageInfoType(type))
                            .filter(type -> !FRAMEWORK_PUBLIC.containsKey(type.getName()))
                            .filter(type -> family(base, type).noneMatch(member -> namedByAnotherModule(module, member)
                                    || reachedFromOtherModules.contains(member) || heardByAnotherModule(module, member)));
                })
                .map(JavaClass::getName).sorted().toList();

        assertThat(unused)
                .as("public types of a module's base package that no other module uses: move each into a capability "
                        + "sub-package of its module, or make it package-private")
                .isEmpty();
    }

    @Test
    void theAllowListNamesOnlyPublicTypesOfBasePackages() {
        assertThat(FRAMEWORK_PUBLIC.keySet()).allSatisfy(name -> {
            ApplicationModule module = modules.getModuleByType(name).orElseThrow();
            JavaClass type = module.getType(name).orElseThrow();
            assertThat(type.getModifiers()).as(name).contains(JavaModifier.PUBLIC);
            assertThat(type.getPackageName()).as(name).isEqualTo(module.getBasePackage().getName());
        });
    }

    /** The type and its nested types. */
    private static Stream<JavaClass> family(JavaPackage base, JavaClass type) {
        return base.stream().filter(member -> member.equals(type) || member.getName().startsWith(type.getName() + "$"));
    }

    private boolean namedByAnotherModule(ApplicationModule module, JavaClass type) {
        return type.getDirectDependenciesToSelf().stream().map(Dependency::getOriginClass)
                .anyMatch(origin -> modules.contains(origin) && !module.contains(origin));
    }

    /** Whether another module listens to the type, or to a type it implements (an event marker, say). */
    private boolean heardByAnotherModule(ApplicationModule module, JavaClass type) {
        return modules.stream().filter(other -> !other.equals(module))
                .flatMap(other -> other.getEventsListenedTo(modules).stream())
                .anyMatch(heard -> !heard.isEquivalentTo(Object.class) && type.isAssignableTo(heard.getName()));
    }

    /**
     * The types in the signatures (return, parameters, field type, with their type arguments) of the members one
     * module's code calls or reads in another module: what it receives without naming it.
     */
    private Set<JavaClass> reachedThroughSignatures() {
        Set<JavaClass> reached = new HashSet<>();
        modules.stream().flatMap(module -> module.getBasePackage().stream().map(origin -> Map.entry(module, origin)))
                .forEach(entry -> {
                    for (JavaAccess<?> access : entry.getValue().getAccessesFromSelf()) {
                        JavaClass owner = access.getTargetOwner();
                        if (!modules.contains(owner) || entry.getKey().contains(owner)) {
                            continue;
                        }
                        resolve(access.getTarget()).ifPresent(member -> signature(member)
                                .flatMap(t -> t.getAllInvolvedRawTypes().stream()).forEach(reached::add));
                    }
                });
        return reached;
    }

    private static Optional<? extends JavaMember> resolve(AccessTarget target) {
        if (target instanceof AccessTarget.CodeUnitAccessTarget codeUnit) {
            return codeUnit.resolveMember();
        }
        if (target instanceof AccessTarget.FieldAccessTarget field) {
            return field.resolveMember();
        }
        return Optional.empty();
    }

    private static Stream<JavaType> signature(JavaMember member) {
        if (member instanceof JavaField field) {
            return Stream.of(field.getType());
        }
        JavaCodeUnit codeUnit = (JavaCodeUnit) member;
        return Stream.concat(Stream.of(codeUnit.getReturnType()), codeUnit.getParameterTypes().stream())
                .filter(Objects::nonNull);
    }
}
