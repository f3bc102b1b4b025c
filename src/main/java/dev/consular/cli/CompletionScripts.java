package dev.consular.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completion scripts for bash, zsh and fish made from the commands' own definitions, so that every
 * command, alias and option is in them. Countries, places and article ids are not in the scripts:
 * at Tab time they ask {@code consular __complete}, which knows every name in every script.
 */
final class CompletionScripts {
    /** What a value is completed from. */
    enum Kind { COUNTRY, PLACE, ARTICLE, DIRECTORY, WORDS, NONE }

    /** A value to complete: its kind, and the words for {@link Kind#WORDS}. */
    record Value(Kind kind, List<String> words) {}

    record Option(List<String> names, Value value, String description) {}

    /** A command, by its path of canonical names ("/news/show"), with the names it is typed as. */
    record Command(String path, List<String> names, String description, List<Option> options, Value positional,
                   List<Command> subcommands) {}

    /** Marks a value completed with country names at Tab time; lists nothing itself. */
    static final class Countries extends Nothing {}

    /** Marks a value completed with places at Tab time. */
    static final class Places extends Nothing {}

    /** Marks a value completed with article ids at Tab time. */
    static final class Articles extends Nothing {}

    abstract static class Nothing implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return java.util.Collections.emptyIterator();
        }
    }

    private final Command root;

    CompletionScripts(CommandLine root) {
        this.root = command(root, "");
    }

    private static Command command(CommandLine cl, String path) {
        CommandSpec spec = cl.getCommandSpec();
        List<Option> options = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) continue;
            options.add(new Option(List.of(o.names()), o.arity().max() == 0 ? null : value(o.type(), o.completionCandidates()),
                    first(o.description())));
        }
        Value positional = null;
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) positional = value(p.type(), p.completionCandidates());
        }
        List<Command> subs = new ArrayList<>();
        Map<CommandLine, List<String>> names = new LinkedHashMap<>();
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            if (e.getValue().getCommandSpec().usageMessage().hidden()) continue;
            names.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        }
        for (Map.Entry<CommandLine, List<String>> e : names.entrySet()) {
            subs.add(command(e.getKey(), path + "/" + e.getKey().getCommandName()));
        }
        if (spec.userObject() instanceof CommandLine.HelpCommand) {
            List<String> commands = new ArrayList<>();
            for (Map.Entry<String, CommandLine> e : cl.getParent().getSubcommands().entrySet()) commands.add(e.getKey());
            positional = new Value(Kind.WORDS, commands);
        }
        List<String> typedAs = new ArrayList<>();
        if (cl.getParent() != null) {
            for (Map.Entry<String, CommandLine> e : cl.getParent().getSubcommands().entrySet()) {
                if (e.getValue() == cl) typedAs.add(e.getKey());
            }
        }
        return new Command(path, typedAs, first(spec.usageMessage().description()), options, positional, subs);
    }

    private static Value value(Class<?> type, Iterable<String> candidates) {
        if (candidates instanceof Countries) return new Value(Kind.COUNTRY, List.of());
        if (candidates instanceof Places) return new Value(Kind.PLACE, List.of());
        if (candidates instanceof Articles) return new Value(Kind.ARTICLE, List.of());
        if (Path.class.isAssignableFrom(type)) return new Value(Kind.DIRECTORY, List.of());
        if (candidates != null) {
            List<String> words = new ArrayList<>();
            for (Iterator<String> i = candidates.iterator(); i.hasNext(); ) words.add(i.next());
            if (!words.isEmpty()) return new Value(Kind.WORDS, words);
        }
        return new Value(Kind.NONE, List.of());
    }

    /** A description's first line as plain text (picocli's %n and %% are format codes). */
    private static String first(String[] description) {
        if (description.length == 0) return "";
        String line = description[0];
        int cut = line.indexOf("%n");
        if (cut >= 0) line = line.substring(0, cut);
        return line.replace("%%", "%").strip();
    }

    private List<Command> all() {
        List<Command> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Command c, List<Command> into) {
        into.add(c);
        for (Command s : c.subcommands()) collect(s, into);
    }

    // ---------------------------------------------------------------- bash

    String bash() {
        StringBuilder b = new StringBuilder();
        b.append("# bash completion for consular, generated by `consular completion bash`\n")
                .append("# countries, places and articles are asked of consular itself at Tab time\n")
                .append("_consular_ask() {\n")
                .append("  local IFS=$'\\n'\n")
                .append("  COMPREPLY=($(\"${COMP_WORDS[0]}\" __complete bash \"$1\" \"$cur\" 2>/dev/null))\n")
                .append("}\n\n")
                .append("_consular() {\n")
                .append("  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd_path= i\n")
                .append("  # --near=PLACE: bash splits the word at the =\n")
                .append("  if [[ $cur == = ]]; then cur=; elif [[ $prev == = ]]; then prev=${COMP_WORDS[COMP_CWORD-2]}; fi\n")
                .append("  for ((i = 1; i < COMP_CWORD; i++)); do\n")
                .append("    case \"$cmd_path/${COMP_WORDS[i]}\" in\n");
        commandPathCases(b);
        b.append("    esac\n  done\n  COMPREPLY=()\n  case \"$cmd_path $prev\" in\n");
        optionValueCases(b, "bash");
        b.append("  esac\n  if [[ $cur == -* ]]; then\n    case \"$cmd_path\" in\n");
        for (Command c : all()) {
            List<String> names = new ArrayList<>();
            for (Option o : c.options()) names.addAll(o.names());
            b.append("      \"").append(c.path()).append("\") COMPREPLY=($(compgen -W '").append(String.join(" ", names))
                    .append("' -- \"$cur\")) ;;\n");
        }
        b.append("    esac\n    return\n  fi\n  case \"$cmd_path\" in\n");
        for (Command c : all()) {
            List<String> words = new ArrayList<>();
            for (Command s : c.subcommands()) words.addAll(s.names());
            String action = !words.isEmpty() ? "COMPREPLY=($(compgen -W '" + String.join(" ", words) + "' -- \"$cur\"))"
                    : c.positional() != null ? bashValue(c.positional()) : null;
            if (action != null) b.append("    \"").append(c.path()).append("\") ").append(action).append(" ;;\n");
        }
        b.append("  esac\n}\n\ncomplete -F _consular consular\n");
        return b.toString();
    }

    /** The shell `case` arms that follow the words typed so far to the command they name (bash and zsh alike). */
    private void commandPathCases(StringBuilder b) {
        for (Command c : all()) {
            if (c == root) continue;
            String parent = c.path().substring(0, c.path().lastIndexOf('/'));
            List<String> cases = new ArrayList<>();
            for (String n : c.names()) cases.add(parent + "/" + n);
            b.append("      ").append(String.join("|", cases)).append(") cmd_path=").append(c.path()).append(" ;;\n");
        }
    }

    /** The `case` arms that complete an option's value, in the shell's own way ("bash" or "zsh"). */
    private void optionValueCases(StringBuilder b, String shell) {
        for (Command c : all()) {
            for (Option o : c.options()) {
                if (o.value() == null) continue;
                List<String> cases = new ArrayList<>();
                for (String n : o.names()) cases.add("\"" + c.path() + " " + n + "\"");
                String action = shell.equals("bash") ? bashValue(o.value()) : zshValue(o.value());
                b.append("    ").append(String.join("|", cases)).append(") ").append(action).append("; return ;;\n");
            }
        }
    }

    private static String bashValue(Value v) {
        return switch (v.kind()) {
            case COUNTRY -> "_consular_ask country";
            case PLACE -> "_consular_ask place";
            case ARTICLE -> "_consular_ask article";
            case DIRECTORY -> "COMPREPLY=($(compgen -d -- \"$cur\"))";
            case WORDS -> "COMPREPLY=($(compgen -W '" + String.join(" ", v.words()) + "' -- \"$cur\"))";
            case NONE -> ":";
        };
    }

    // ---------------------------------------------------------------- zsh

    String zsh() {
        StringBuilder b = new StringBuilder();
        b.append("#compdef consular\n")
                .append("# zsh completion for consular, generated by `consular completion zsh`\n")
                .append("# countries, places and articles are asked of consular itself at Tab time\n")
                .append("_consular_ask() {\n")
                .append("  local -a values shown\n  local line\n")
                .append("  for line in \"${(@f)$(\"${words[1]}\" __complete zsh \"$1\" \"$PREFIX\" 2>/dev/null)}\"; do\n")
                .append("    [[ -n $line ]] || continue\n")
                .append("    values+=(\"${line%%$'\\t'*}\")\n")
                .append("    if [[ $line == *$'\\t'* ]]; then shown+=(\"${line%%$'\\t'*}  -- ${line#*$'\\t'}\"); else shown+=(\"$line\"); fi\n")
                .append("  done\n")
                .append("  # -U: the names need not start with what was typed (герм completes to Германия)\n")
                .append("  (( ${#values} )) && compadd -U -i \"$IPREFIX\" -l -d shown -a values\n")
                .append("}\n\n")
                .append("_consular() {\n")
                .append("  local cmd_path= i prev=${words[CURRENT-1]}\n")
                .append("  for ((i = 2; i < CURRENT; i++)); do\n")
                .append("    case \"$cmd_path/${words[i]}\" in\n");
        commandPathCases(b);
        b.append("    esac\n  done\n")
                .append("  if [[ $PREFIX == --*=* ]]; then prev=${PREFIX%%=*}; compset -P '*='; fi\n")
                .append("  case \"$cmd_path $prev\" in\n");
        optionValueCases(b, "zsh");
        b.append("  esac\n  if [[ $PREFIX == -* ]]; then\n    local -a opts\n    case \"$cmd_path\" in\n");
        for (Command c : all()) {
            List<String> specs = new ArrayList<>();
            for (Option o : c.options()) {
                for (String n : o.names()) specs.add(zshSpec(n, o.description()));
            }
            b.append("      \"").append(c.path()).append("\") opts=(").append(String.join(" ", specs)).append(") ;;\n");
        }
        b.append("    esac\n    _describe -t options option opts\n    return\n  fi\n  case \"$cmd_path\" in\n");
        for (Command c : all()) {
            List<String> specs = new ArrayList<>();
            for (Command s : c.subcommands()) {
                for (String n : s.names()) specs.add(zshSpec(n, s.description()));
            }
            String action = !specs.isEmpty() ? "local -a cmds; cmds=(" + String.join(" ", specs) + "); _describe -t commands command cmds"
                    : c.positional() != null ? zshValue(c.positional()) : null;
            if (action != null) b.append("    \"").append(c.path()).append("\") ").append(action).append(" ;;\n");
        }
        b.append("  esac\n}\n\n")
                .append("if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _consular \"$@\"; else compdef _consular consular; fi\n");
        return b.toString();
    }

    private static String zshValue(Value v) {
        return switch (v.kind()) {
            case COUNTRY -> "_consular_ask country";
            case PLACE -> "_consular_ask place";
            case ARTICLE -> "_consular_ask article";
            case DIRECTORY -> "_files -/";
            case WORDS -> "compadd -- " + String.join(" ", v.words());
            case NONE -> ":";
        };
    }

    /** name:description for _describe, quoted for the shell. */
    private static String zshSpec(String name, String description) {
        return "'" + (name.replace(":", "\\:") + ":" + description).replace("'", "'\\''") + "'";
    }

    // ---------------------------------------------------------------- fish

    String fish() {
        StringBuilder b = new StringBuilder();
        b.append("# fish completion for consular, generated by `consular completion fish`\n")
                .append("# countries, places and articles are asked of consular itself at Tab time\n")
                .append("function __consular_path\n")
                .append("    set -l cmd_path ''\n")
                .append("    for w in (commandline -opc)[2..-1]\n")
                .append("        switch \"$cmd_path/$w\"\n");
        for (Command c : all()) {
            if (c == root) continue;
            String parent = c.path().substring(0, c.path().lastIndexOf('/'));
            List<String> cases = new ArrayList<>();
            for (String n : c.names()) cases.add(fishQuote(parent + "/" + n));
            b.append("            case ").append(String.join(" ", cases)).append("\n                set cmd_path ")
                    .append(c.path()).append("\n");
        }
        b.append("        end\n    end\n    echo $cmd_path\nend\n\n")
                .append("function __consular_ask\n")
                .append("    set -l word (string replace -r -- '^--[^=]*=' '' (commandline -ct))\n")
                .append("    set -l tool (commandline -opc)[1]\n")
                .append("    $tool __complete fish $argv[1] \"$word\" 2>/dev/null\n")
                .append("end\n\n")
                .append("complete -c consular -f\n");
        for (Command c : all()) {
            String when = "-n " + fishQuote("test (__consular_path) = '" + c.path() + "'");
            for (Command s : c.subcommands()) {
                for (String n : s.names()) {
                    b.append("complete -c consular ").append(when).append(" -a ").append(fishQuote(n))
                            .append(" -d ").append(fishQuote(s.description())).append("\n");
                }
            }
            for (Option o : c.options()) {
                StringBuilder line = new StringBuilder("complete -c consular ").append(when);
                for (String n : o.names()) {
                    line.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
                }
                if (o.value() != null) line.append(fishValue(o.value()));
                line.append(" -d ").append(fishQuote(o.description()));
                b.append(line).append("\n");
            }
            if (c.positional() != null && c.positional().kind() != Kind.NONE && c.subcommands().isEmpty()) {
                String values = fishValue(c.positional());
                if (!values.isEmpty()) b.append("complete -c consular ").append(when).append(values).append("\n");
            }
        }
        return b.toString();
    }

    private static String fishValue(Value v) {
        return switch (v.kind()) {
            case COUNTRY -> " -x -a '(__consular_ask country)'";
            case PLACE -> " -x -a '(__consular_ask place)'";
            case ARTICLE -> " -x -a '(__consular_ask article)'";
            case DIRECTORY -> " -x -a '(__fish_complete_directories)'";
            case WORDS -> " -x -a " + fishQuote(String.join(" ", v.words()));
            case NONE -> " -x";
        };
    }

    private static String fishQuote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
