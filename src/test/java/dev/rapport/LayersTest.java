package dev.rapport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The layering the README's architecture section describes, held by ArchUnit over the main
 * classes: the core is pure (no terminal, network, clock or SQL), each layer uses only those
 * below it, the journal sits under the application layer, and the faces reach the core's work
 * only through {@code app}.
 */
class LayersTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.rapport");

    private static final String[] CORE = {"dev.rapport.text..", "dev.rapport.language..", "dev.rapport.profile..", "dev.rapport.purpose..",
        "dev.rapport.ground..", "dev.rapport.etiquette..", "dev.rapport.draft.."};

    @Test
    void theCoreTouchesNoTerminalNetworkSqlOrModelLibrary() {
        noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat()
                .resideInAnyPackage("org.jline..", "java.net.http..", "dev.langchain4j..", "java.sql..", "org.sqlite..",
                        "picocli..", "ai.onnxruntime..")
                .check(MAIN);
    }

    @Test
    void theCoreAndTheJournalReadNoClock() {
        noClasses().that().resideInAnyPackage(CORE).or().resideInAPackage("dev.rapport.journal..").should()
                .callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.YearMonth.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(MAIN);
    }

    /**
     * The core keeps no mutable static state (a cache of the last note checked, a counter): what a
     * check needs lives in that check's objects. The one exception is a built-in resource read
     * lazily once, whose value never changes after the first read.
     */
    @Test
    void theCoreKeepsNoMutableStaticState() {
        Set<String> readOnce = Set.of("dev.rapport.etiquette.RuleSet", "dev.rapport.etiquette.Messages",
                "dev.rapport.draft.SuggestionBook", "dev.rapport.draft.Phrasebook");
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields()
                .that().areDeclaredInClassesThat().resideInAnyPackage(CORE).and().areStatic()
                .and(new DescribedPredicate<com.tngtech.archunit.core.domain.JavaField>("not a built-in resource read once") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaField f) {
                        return !(readOnce.contains(f.getOwner().getName()) && f.getRawType().getName().equals(f.getOwner().getName()));
                    }
                })
                .should().beFinal()
                .check(MAIN);
    }

    @Test
    void eachLayerUsesOnlyThoseBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Text").definedBy("dev.rapport.text..", "dev.rapport.language..")
                .layer("Reading").definedBy("dev.rapport.profile..", "dev.rapport.purpose..")
                .layer("Ground").definedBy("dev.rapport.ground..")
                .layer("Etiquette").definedBy("dev.rapport.etiquette..")
                .layer("Draft").definedBy("dev.rapport.draft..")
                .layer("Semantic").definedBy("dev.rapport.semantic..")
                .layer("Llm").definedBy("dev.rapport.llm..")
                .layer("Journal").definedBy("dev.rapport.journal..")
                .layer("App").definedBy("dev.rapport.app..")
                .layer("Faces").definedBy("dev.rapport.cli..", "dev.rapport.repl..", "dev.rapport.batch..")
                .whereLayer("Faces").mayNotBeAccessedByAnyLayer()
                .whereLayer("App").mayOnlyBeAccessedByLayers("Faces")
                .whereLayer("Journal").mayOnlyBeAccessedByLayers("App", "Faces")
                .whereLayer("Llm").mayOnlyBeAccessedByLayers("App", "Faces")
                .whereLayer("Semantic").mayOnlyBeAccessedByLayers("App", "Faces")
                .whereLayer("Draft").mayOnlyBeAccessedByLayers("Semantic", "Llm", "Journal", "App", "Faces")
                .whereLayer("Etiquette").mayOnlyBeAccessedByLayers("Draft", "Semantic", "Llm", "Journal", "App", "Faces")
                .whereLayer("Ground").mayOnlyBeAccessedByLayers("Etiquette", "Draft", "Semantic", "Llm", "Journal", "App", "Faces")
                .check(MAIN);
    }

    /** A batch records its rows through the application's one journal path, never by opening the journal itself. */
    @Test
    void theBatchReachesTheJournalOnlyThroughApp() {
        noClasses().that().resideInAPackage("dev.rapport.batch..").should().dependOnClassesThat()
                .haveFullyQualifiedName("dev.rapport.journal.Journal")
                .check(MAIN);
    }

    @Test
    void theJournalImportsNothingAboveIt() {
        noClasses().that().resideInAPackage("dev.rapport.journal..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.rapport.app..", "dev.rapport.cli..", "dev.rapport.repl..", "dev.rapport.batch..",
                        "dev.rapport.llm..", "dev.rapport.semantic..")
                .check(MAIN);
    }

    @Test
    void theReplImportsNothingFromTheJournalOrTheModels() {
        noClasses().that().resideInAPackage("dev.rapport.repl..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.rapport.journal..", "dev.rapport.semantic..", "dev.rapport.batch..")
                .orShould().dependOnClassesThat().haveNameMatching("dev\\.rapport\\.llm\\.(Engines|Wiring|LlmEngine|LangChainEngine)")
                .check(MAIN);
    }

    /**
     * The faces take values from the core (records, enums, interfaces such as Profile, Style, Mark,
     * Decision) but its work only through {@code app}. The few core classes they still call are
     * named here, so that the list can only shrink: the rule set (passed around and listed) and a
     * cancellation token. Profiles are read through {@code app.Profiles}, the offline advisor is
     * made by {@code Advisor.offline}, and the free allowance comes from {@code Settings}.
     */
    @Test
    void theFacesReachTheCoresWorkOnlyThroughApp() {
        Set<String> allowed = Set.of("dev.rapport.etiquette.RuleSet", "dev.rapport.draft.Cancellation");
        DescribedPredicate<JavaClass> coreWork = new DescribedPredicate<>("do the core's work (not a record, enum or interface)") {
            @Override
            public boolean test(JavaClass type) {
                JavaClass c = type.getBaseComponentType();
                boolean core = c.getPackageName().matches("dev\\.rapport\\.(profile|purpose|ground|etiquette|draft)(\\..*)?");
                JavaClass top = c.isNestedClass() ? c.getEnclosingClass().orElse(c) : c;
                return core && !top.isRecord() && !top.isEnum() && !top.isInterface() && !allowed.contains(top.getName());
            }
        };
        classes().that().resideInAnyPackage("dev.rapport.repl..", "dev.rapport.cli..")
                .should().onlyDependOnClassesThat(DescribedPredicate.not(coreWork))
                .check(MAIN);
    }
}
