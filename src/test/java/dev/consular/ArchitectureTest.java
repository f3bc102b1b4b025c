package dev.consular;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code, checked on every build: the packages depend on each other one way only, and
 * only Main touches the process (its streams, its environment, its exit).
 */
@AnalyzeClasses(packages = "dev.consular", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("dev.consular.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyMainTouchesTheProcess = noClasses()
            .that().doNotHaveFullyQualifiedName(Main.class.getName())
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "getenv", String.class)
            .because("commands write to their CommandLine's writers and get the environment from App, so that they run "
                    + "unchanged in tests and in the prompt");

    @ArchTest
    static final ArchRule commandsAreHandedTheirApp = noClasses()
            .that().areAnnotatedWith(picocli.CommandLine.Command.class)
            .or().haveSimpleName("AppCommand")
            .or().implement(picocli.CommandLine.IVersionProvider.class)
            .should().callMethod(picocli.CommandLine.Model.CommandSpec.class, "userObject")
            .because("CommandFactory hands each command the App in its constructor, in main, in tests and in the prompt");
}
