package dev.consular.model;

import java.util.List;

/** Contacts of a mission outside Russia that is accredited to Russia. */
public record Contact(String mission, String city, String country, String address,
                      List<Phone> phones, List<String> emails, String website) {}
