package dev.consular.shell;

import dev.consular.lookup.Resolution;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;

import java.io.PrintWriter;
import java.util.List;

/** Asks which country was meant: a numbered list (Enter cancels), or yes/no for a single guess. */
final class PickList {
    private PickList() {}

    /** The chosen country's code, or null when the user cancels. */
    static String choose(LineReader reader, List<Resolution.Candidate> candidates) {
        PrintWriter out = reader.getTerminal().writer();
        if (candidates.size() == 1) {
            return confirm(reader, candidates.get(0));
        }
        for (int i = 0; i < candidates.size(); i++) {
            out.printf("  %d) %s (%s)%n", i + 1, candidates.get(i).name(), candidates.get(i).code());
        }
        out.flush();
        while (true) {
            String answer;
            try {
                answer = reader.readLine("Choose 1-" + candidates.size() + " (Enter to cancel): ").strip();
            } catch (UserInterruptException | EndOfFileException e) {
                return null;
            }
            if (answer.isEmpty()) return null;
            try {
                int n = Integer.parseInt(answer);
                if (n >= 1 && n <= candidates.size()) return candidates.get(n - 1).code();
            } catch (NumberFormatException notANumber) {
                // fall through to ask again
            }
            out.println("Type a number from 1 to " + candidates.size() + ", or Enter to cancel.");
            out.flush();
        }
    }

    /** One suggestion: Enter accepts it, anything else declines. */
    private static String confirm(LineReader reader, Resolution.Candidate only) {
        try {
            String answer = reader.readLine("Show " + only.name() + " (" + only.code() + ")? [Y/n] ").strip();
            return answer.isEmpty() || answer.equalsIgnoreCase("y") || answer.equalsIgnoreCase("yes")
                    || answer.equals("1") ? only.code() : null;
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        }
    }
}
