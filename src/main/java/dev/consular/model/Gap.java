package dev.consular.model;

import java.util.List;

/** Fields that a search did not find, when it was made and what it tried, so that the next search does not repeat it. */
public record Gap(List<String> fields, String searched, String note) {}
