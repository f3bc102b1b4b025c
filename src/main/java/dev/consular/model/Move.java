package dev.consular.model;

/** A mission that left an address: since when, the old address, and what is known of the new one. */
public record Move(String since, Address from, String note) {}
