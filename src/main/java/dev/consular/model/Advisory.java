package dev.consular.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** The consular-assistance notice with Russia's emergency numbers and sourced guidance. */
@JsonIgnoreProperties({"$schema"})
public record Advisory(String title, String notice, Source noticeSource, List<EmergencyNumber> emergencyNumbers,
                       List<Source> emergencySources, List<Guidance> guidance) {

    public record EmergencyNumber(String number, String service, String serviceRu) {}

    public record Guidance(String text, List<Source> sources) {}
}
