package dev.consular.model;

import java.util.List;

/**
 * What one government advises its citizens about travel to Russia: its own level, that level on
 * the common 1-4 scale, when it was issued, and the points that matter in Russia.
 */
public record TravelAdvice(String government, String issuer, String levelText, int level, String issued,
                           String reviewed, String url, String summary, String dualNationals,
                           String registrationName, String registrationUrl, List<Phone> crisisLine,
                           List<Source> sources) {

    /** The newest date the government gives, reviewed or issued. */
    public String lastDate() {
        if (reviewed != null && (issued == null || reviewed.compareTo(issued) > 0)) return reviewed;
        return issued;
    }

    /** True when the advice is more than a year older than the given date (ISO yyyy[-mm[-dd]]). */
    public boolean isStaleOn(String asOf) {
        String last = lastDate();
        if (last == null) return true;
        int year = Integer.parseInt(asOf.substring(0, 4)) - 1;
        String yearBefore = year + asOf.substring(4);
        return pad(last).compareTo(yearBefore) < 0;
    }

    private static String pad(String date) {
        return date.length() == 4 ? date + "-12-31" : date.length() == 7 ? date + "-31" : date;
    }
}
