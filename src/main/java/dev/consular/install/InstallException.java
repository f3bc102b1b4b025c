package dev.consular.install;

import dev.consular.text.ConsularException;

/** Why an install or uninstall could not be done, in words for the user, with the exit code it means. */
public final class InstallException extends ConsularException {
    private static final long serialVersionUID = 1L;

    public InstallException(String message, int exitCode) {
        super(exitCode, message);
    }
}
