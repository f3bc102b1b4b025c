package dev.consular.model;

/** A name or text in English and, where known, in Russian. */
public record Bilingual(String en, String ru) {}
