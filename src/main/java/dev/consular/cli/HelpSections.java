package dev.consular.cli;

import dev.consular.text.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives every command's --help, and so every man page, the same exit-code list from {@link ExitCode}
 * after its examples. A model transformer, so that the man page generator, which builds the
 * commands from their annotations alone, gets it too.
 */
public final class HelpSections implements CommandLine.IModelTransformer {
    @Override
    public CommandSpec transform(CommandSpec spec) {
        apply(spec);
        return spec;
    }

    private static void apply(CommandSpec spec) {
        CommandLine.Model.UsageMessageSpec usage = spec.usageMessage();
        usage.exitCodeListHeading("%nExit codes:%n");
        usage.exitCodeList(ExitCode.LIST);
        List<String> order = new ArrayList<>(usage.sectionKeys());
        if (order.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING)
                && order.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER)) {
            int at = order.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING);
            order.addAll(at, List.of(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING,
                    CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER));
            usage.sectionKeys(order);
        }
        for (CommandLine sub : spec.subcommands().values()) {
            if (sub.getCommandSpec() != spec) apply(sub.getCommandSpec());
        }
    }
}
