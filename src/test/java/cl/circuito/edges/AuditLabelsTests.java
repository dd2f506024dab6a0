package cl.circuito.edges;

import cl.circuito.audit.AuditField;
import cl.circuito.testing.DemoWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ClassUtils;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history of a child's record speaks Spanish: on the whole demo's trail (and whatever the tests before this
 * one did through the pages and the API), every line about an entry or a child says what happened with a message
 * of the bundle, names each changed field by its {@link AuditField} (whose label is {@code audit.field.*}) and each
 * status or kind by {@code audit.value.*}. A new audited status without its words fails here.
 */
@DemoWorld
class AuditLabelsTests {

    private static final Locale SPANISH = new Locale("es", "CL");
    /**
     * Every line the audit viewer shows, not only a child's history: the admin and the national team read them all.
     * Failed logins keep what was typed as the username, which is no code.
     */
    private static final String LINES = "action not in ('LOGIN_FAILED')";

    @Autowired JdbcClient jdbc;
    @Autowired MessageSource messages;

    @Test
    void everyLineOfTheTrailHasSpanishWordsForWhatChangedAndHow() {
        Set<String> codes = enumConstants();
        Set<String> missing = new TreeSet<>();
        jdbc.sql("select distinct what from audit_event where " + LINES).query(String.class)
                .list().forEach(what -> check(what, missing));
        jdbc.sql("""
                        select distinct jsonb_object_keys(changes) from audit_event
                         where changes is not null""" + " and " + LINES)
                .query(String.class).list().forEach(key -> check(AuditField.forKey(key).map(AuditField::labelKey)
                        .orElse("an AuditField for the stored key " + key), missing));
        jdbc.sql("""
                        select distinct v from (
                          select value #>> '{}' as v from audit_event, jsonb_each(changes)
                           where changes is not null and jsonb_typeof(value) = 'string' and %1$s
                          union select value ->> 'before' from audit_event, jsonb_each(changes)
                           where changes is not null and jsonb_typeof(value) = 'object' and %1$s
                          union select value ->> 'after' from audit_event, jsonb_each(changes)
                           where changes is not null and jsonb_typeof(value) = 'object' and %1$s
                        ) x where v is not null""".formatted(LINES))
                .query(String.class).list().stream().filter(codes::contains)
                .forEach(code -> check("audit.value." + code, missing));
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type in ('ENTRY', 'CHILD')")
                .query(Long.class).single()).isGreaterThan(100);
        assertThat(missing).as("keys to add to the bundles").isEmpty();
    }

    private void check(String key, Set<String> missing) {
        if (messages.getMessage(key, null, null, SPANISH) == null) {
            missing.add(key);
        }
    }

    /** The names of every enum constant of Circuito: what a status or a kind looks like in the trail. */
    private static Set<String> enumConstants() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        Set<String> constants = new HashSet<>();
        scanner.findCandidateComponents("cl.circuito").forEach(definition -> {
            Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), null);
            for (Object constant : type.getEnumConstants()) {
                constants.add(((Enum<?>) constant).name());
            }
        });
        return constants;
    }
}
