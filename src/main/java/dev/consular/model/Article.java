package dev.consular.model;

import java.util.List;

/** An archived news article. */
public record Article(String id, String title, String published, String source, String archivedFrom,
                      List<String> paragraphs) {}
