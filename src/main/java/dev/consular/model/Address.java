package dev.consular.model;

/** A street address as published: Latin script, Cyrillic script and the Russian postal code. */
public record Address(String en, String ru, String postalCode) {}
