package dev.consular.model;

import java.util.List;

/** One office of a sending state in Russia: embassy, consulate, honorary consulate, ... */
public record Mission(String id, String kind, Bilingual name, String city, String cityRu, Address address,
                      List<Phone> phones, List<String> emails, String website, String hours, Geo geo,
                      List<String> district, Status status, List<Source> sources, Move moved, List<Gap> gaps) {

    public Mission(String id, String kind, Bilingual name, String city, String cityRu, Address address,
                   List<Phone> phones, List<String> emails, String website, String hours, Geo geo,
                   List<String> district, Status status, List<Source> sources) {
        this(id, kind, name, city, cityRu, address, phones, emails, website, hours, geo, district, status, sources, null, List.of());
    }

    /** The English name, or a name made of kind and city where no source gives one. */
    public String displayName() {
        if (name != null && name.en() != null) {
            return name.en();
        }
        return Kinds.label(kind) + " in " + city;
    }
}
