package dev.consular.model;

/** Human labels of mission kinds. */
public final class Kinds {
    private Kinds() {}

    public static String label(String kind) {
        return switch (kind) {
            case "embassy" -> "Embassy";
            case "consulate-general" -> "Consulate-General";
            case "consulate" -> "Consulate";
            case "honorary-consulate" -> "Honorary Consulate";
            case "consular-agency" -> "Consular Agency";
            case "embassy-branch" -> "Embassy Branch";
            case "interests-section" -> "Interests Section";
            case "representative-office" -> "Representative Office";
            case "nunciature" -> "Apostolic Nunciature";
            case "delegation" -> "Delegation";
            default -> kind;
        };
    }
}
