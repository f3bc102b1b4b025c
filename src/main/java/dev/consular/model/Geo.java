package dev.consular.model;

/** WGS 84 coordinates. */
public record Geo(double lat, double lon) {}
