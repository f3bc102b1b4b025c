package dev.consular.model;

import java.util.List;

/** One office of a sending state in Russia: embassy, consulate, honorary consulate, ... */
public record Mission(String id, Kind kind, Bilingual name, String city, String cityRu, Address address,
                      List<Phone> phones, List<String> emails, String website, String hours, Geo geo,
                      List<String> district, Status status, List<Source> sources, Move moved, List<Gap> gaps) {

    public Mission(String id, Kind kind, Bilingual name, String city, String cityRu, Address address,
                   List<Phone> phones, List<String> emails, String website, String hours, Geo geo,
                   List<String> district, Status status, List<Source> sources) {
        this(id, kind, name, city, cityRu, address, phones, emails, website, hours, geo, district, status, sources, null, List.of());
    }

    /** The English name, or a name made of kind and city where no source gives one. */
    public String displayName() {
        if (name != null && name.en() != null) {
            return name.en();
        }
        return kind.label() + " in " + city;
    }

    /** What a mission is, as the data spells it (data/schema/country.schema.json) and as a person reads it. */
    public enum Kind implements Spelled {
        EMBASSY("embassy", "Embassy"),
        CONSULATE_GENERAL("consulate-general", "Consulate-General"),
        CONSULATE("consulate", "Consulate"),
        HONORARY_CONSULATE("honorary-consulate", "Honorary Consulate"),
        CONSULAR_AGENCY("consular-agency", "Consular Agency"),
        EMBASSY_BRANCH("embassy-branch", "Embassy Branch"),
        INTERESTS_SECTION("interests-section", "Interests Section"),
        REPRESENTATIVE_OFFICE("representative-office", "Representative Office"),
        NUNCIATURE("nunciature", "Apostolic Nunciature"),
        DELEGATION("delegation", "Delegation");

        private final String spelling;
        private final String label;

        Kind(String spelling, String label) {
            this.spelling = spelling;
            this.label = label;
        }

        /** The kind as the data spells it, or null. */
        public static Kind of(String spelling) {
            return Spelled.of(values(), spelling);
        }

        @Override
        public String spelling() {
            return spelling;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return spelling;
        }
    }
}
