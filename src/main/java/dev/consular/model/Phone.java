package dev.consular.model;

/** A phone number in E.164 form with its role (main, consular, visa, emergency, fax, other). */
public record Phone(String number, String type, String note) {}
