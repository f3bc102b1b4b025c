package dev.consular.install;

/** Why an install or uninstall could not be done, in words for the user, with the exit code it means. */
public final class InstallException extends Exception {
    /** Exit codes of the command-line contract: nothing to do, internal, could not write. */
    public static final int NOTHING = 1;
    public static final int INTERNAL = 70;
    public static final int CANNOT_WRITE = 74;

    private final int exitCode;

    public InstallException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
