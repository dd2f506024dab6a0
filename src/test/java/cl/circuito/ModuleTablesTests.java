package cl.circuito;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries in SQL, which Spring Modulith's import checks cannot see (docs/architecture.md, "Tables
 * belong to modules"). Each table belongs to the module whose migration folder creates it
 * ({@code db/migration/<module>/}). A module's SQL — every string and text block of its main code, and its JPA
 * mappings — may name its own tables, and may read the reference tables of {@link #REFERENCE}; it never reads
 * another business module's tables, and never writes a table it does not own: it asks that module's API.
 */
class ModuleTablesTests {

    /** Reference data every module may read (never write): the network of programs and the child registry. */
    static final Set<String> REFERENCE = Set.of("network", "children");

    /** Infrastructure owned by no business module (sessions, job locks, the event registry): {@code shared}. */
    static final String INFRASTRUCTURE = "shared";

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/cl/circuito");

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?\"?(\\w+)\"?");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:\\\\.|[^\"\\\\\\n])*)\"");
    private static final Pattern TABLE_ANNOTATION = Pattern.compile("@(?:Table|JoinTable|CollectionTable)\\s*\\("
            + "\\s*name\\s*=\\s*\"(\\w+)\"");
    /** A table named after a keyword that reads it, or one that writes it. */
    private static final Pattern READ = Pattern.compile("(?i)\\b(?:from|join)\\s+\"?(\\w+)\"?");
    private static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(?:insert\\s+into|update|delete\\s+from|truncate(?:\\s+table)?|alter\\s+table)\\s+\"?(\\w+)\"?");

    private final ApplicationModules modules = ApplicationModules.of(CircuitoApplication.class);

    @Test
    void everyMigrationFolderIsAModuleAndEveryTableHasOneOwner() {
        Set<String> names = modules.stream().map(ModuleTablesTests::name).collect(Collectors.toSet());
        Map<String, List<String>> owners = new TreeMap<>();
        tablesByFolder().forEach((table, folders) -> owners.put(table, folders));

        assertThat(folders()).as("folders of db/migration").allMatch(
                folder -> names.contains(folder) || folder.equals(INFRASTRUCTURE));
        assertThat(owners).as("tables created in more than one module's migrations")
                .allSatisfy((table, folders) -> assertThat(folders).as(table).hasSize(1));
        assertThat(owners).containsKeys("waiting_list_entry", "mesa", "program", "child", "app_user");
    }

    @Test
    void noModuleReadsAnotherBusinessModulesTablesOrWritesATableItDoesNotOwn() {
        Map<String, String> owner = new TreeMap<>();
        tablesByFolder().forEach((table, folders) -> owner.put(table, folders.get(0)));

        List<String> crossings = new ArrayList<>();
        for (ApplicationModule module : modules) {
            String name = name(module);
            for (Path file : javaFiles(SOURCES.resolve(name))) {
                String source = read(file);
                String where = SOURCES.relativize(file).toString();
                for (String sql : sqlTexts(source)) {
                    tables(READ, sql).stream()
                            .filter(owner::containsKey)
                            .filter(table -> !owner.get(table).equals(name) && !REFERENCE.contains(owner.get(table)))
                            .forEach(table -> crossings.add(where + " reads " + table + " of " + owner.get(table)));
                    tables(WRITE, sql).stream()
                            .filter(owner::containsKey)
                            .filter(table -> !owner.get(table).equals(name))
                            .forEach(table -> crossings.add(where + " writes " + table + " of " + owner.get(table)));
                }
                Matcher mapped = TABLE_ANNOTATION.matcher(source);
                while (mapped.find()) {
                    String table = mapped.group(1).toLowerCase(Locale.ROOT);
                    if (owner.containsKey(table) && !owner.get(table).equals(name)) {
                        crossings.add(where + " maps " + table + " of " + owner.get(table));
                    }
                }
            }
        }
        assertThat(crossings.stream().distinct().sorted().toList()).as("SQL crossing a module's boundary").isEmpty();
    }

    /** Controllers and API classes ask application services; SQL and the entity manager stay behind them. */
    @Test
    void noWebClassRunsSql() {
        com.tngtech.archunit.core.domain.JavaClasses classes = new com.tngtech.archunit.core.importer.ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cl.circuito");
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that().resideInAPackage("cl.circuito..web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .orShould().dependOnClassesThat().resideInAPackage("org.springframework.jdbc.core")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("a controller that runs SQL bypasses the service's scope, audit and transaction")
                .check(classes);
    }

    /** The checker itself: it sees a crossing in a text block, in a plain string, and as a write. */
    @Test
    void theCheckerFindsReadsAndWritesInTextBlocksAndStrings() {
        String source = "String a = \"\"\"\n select e.id from waiting_list_entry e join mesa m on m.id = e.x\n\"\"\";"
                + " String b = \"update child set x = 1\"; // from app_user in a comment is not SQL";
        List<String> texts = sqlTexts(source);
        assertThat(texts.stream().flatMap(sql -> tables(READ, sql).stream()).toList())
                .containsExactly("waiting_list_entry", "mesa");
        assertThat(texts.stream().flatMap(sql -> tables(WRITE, sql).stream()).toList()).containsExactly("child");
    }

    /** The module's package under cl.circuito, as its migration folder is named. */
    private static String name(ApplicationModule module) {
        return module.getBasePackage().getName().substring("cl.circuito.".length());
    }

    private static Map<String, List<String>> tablesByFolder() {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String folder : folders()) {
            try (Stream<Path> files = Files.list(MIGRATIONS.resolve(folder))) {
                files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
                    Matcher created = CREATE_TABLE.matcher(read(f));
                    while (created.find()) {
                        tables.computeIfAbsent(created.group(1).toLowerCase(Locale.ROOT), t -> new ArrayList<>())
                                .add(folder);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tables;
    }

    private static List<String> folders() {
        try (Stream<Path> entries = Files.list(MIGRATIONS)) {
            List<Path> all = entries.toList();
            assertThat(all).as("migrations live in a folder named after their module").allMatch(Files::isDirectory);
            return all.stream().map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> sqlTexts(String source) {
        List<String> texts = new ArrayList<>();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (blocks.find()) {
            texts.add(blocks.group(1));
            rest.append(source, last, blocks.start());
            last = blocks.end();
        }
        rest.append(source.substring(last));
        String withoutComments = rest.toString().replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?<!:)//[^\\n]*", "");
        Matcher strings = STRING.matcher(withoutComments);
        while (strings.find()) {
            texts.add(strings.group(1));
        }
        return texts;
    }

    private static List<String> tables(Pattern keyword, String sql) {
        List<String> tables = new ArrayList<>();
        Matcher m = keyword.matcher(sql);
        while (m.find()) {
            tables.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return tables;
    }

    private static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
