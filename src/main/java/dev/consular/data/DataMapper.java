package dev.consular.data;

import dev.consular.model.Address;
import dev.consular.model.Advisories;
import dev.consular.model.Advisory;
import dev.consular.model.Article;
import dev.consular.model.Bilingual;
import dev.consular.model.Contact;
import dev.consular.model.Gap;
import dev.consular.model.Move;
import dev.consular.model.Country;
import dev.consular.model.Geo;
import dev.consular.model.Mission;
import dev.consular.model.Phone;
import dev.consular.model.Representation;
import dev.consular.model.Source;
import dev.consular.model.Status;
import dev.consular.model.TravelAdvice;
import dev.consular.places.Subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns parsed data files (countries, advisories, meta) into records, checking each field's type and rejecting unknown or
 * missing required fields with the JSON pointer of the offending value.
 */
final class DataMapper {
    private static final Set<String> PHONE_TYPES = Set.of("main", "consular", "visa", "emergency", "fax", "other");

    private static final Set<String> CONFIDENCE = Set.of("high", "medium", "low");
    /** The facts a source of a mission or a gap in it may name. */
    private static final Set<String> FACTS = Set.of("name", "kind", "city", "address", "addressRu", "postalCode",
            "phones", "emails", "website", "hours", "geo", "district", "status", "representation");
    /** The facts a source of a government's travel advice may name. */
    private static final Set<String> ADVICE_FACTS = Set.of("level", "issued", "summary", "dualNationals",
            "registration", "crisisLine");
    /** Longest value quoted in a message: a 100 KB field name is shown by its start. */
    private static final int SHOWN = 60;

    private final String file;

    DataMapper(String file) {
        this.file = file;
    }

    Country country(Object root) {
        Map<String, Object> o = object(root, "", Set.of("$schema", "code", "name", "representation", "missions"));
        String code = required(text(o, "code", ""), "/code");
        if (code.length() != 2 || !upper(code.charAt(0)) || !upper(code.charAt(1))) throw error("/code", shown(code) + " is not a two-letter code");
        List<Mission> missions = list(o.get("missions"), "/missions", Element.MISSION);
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < missions.size(); i++) {
            String id = missions.get(i).id();
            if (!ids.add(id)) throw error("/missions/" + i + "/id", "duplicate id " + shown(id));
            if (!id.startsWith(code.toLowerCase(java.util.Locale.ROOT) + "-")) {
                throw error("/missions/" + i + "/id", shown(id) + " must start with \"" + code.toLowerCase(java.util.Locale.ROOT) + "-\"");
            }
        }
        return new Country(code, bilingual(o.get("name"), "/name"),
                representation(o.get("representation"), "/representation"), missions);
    }

    Dataset.Meta meta(Object root) {
        Map<String, Object> o = object(root, "", Set.of("$schema", "asOf", "license", "attribution"));
        String asOf = required(text(o, "asOf", ""), "/asOf");
        if (dev.consular.model.DataAge.dayOrNull(asOf) == null) throw error("/asOf", shown(asOf) + " is not a date (yyyy-mm-dd)");
        return new Dataset.Meta(asOf, text(o, "license", ""), text(o, "attribution", ""));
    }

    /** regions.json: region name to country codes, turned into code to region. */
    Map<String, String> regions(Object root) {
        Map<String, Object> o = object(root, "", Set.of("$schema", "source", "note", "regions"));
        Map<String, Object> regions = object(o.get("regions"), "/regions", null);
        Map<String, String> regionOf = new java.util.HashMap<>();
        for (Map.Entry<String, Object> e : regions.entrySet()) {
            String at = "/regions/" + pointerToken(e.getKey());
            for (String code : strings(e.getValue(), at)) {
                if (regionOf.put(code, e.getKey()) != null) throw error(at, shown(code) + " is in two regions");
            }
        }
        return regionOf;
    }

    List<Subject> subjects(Object root) {
        Map<String, Object> o = object(root, "", Set.of("$schema", "source", "subjects"));
        return list(o.get("subjects"), "/subjects", Element.SUBJECT);
    }

    private Subject subject(Object v, String at) {
        Map<String, Object> s = object(v, at, Set.of("code", "en", "ru", "geonamesAdmin1", "aliases"));
        return new Subject(required(text(s, "code", at), at + "/code"), required(text(s, "en", at), at + "/en"),
                text(s, "ru", at), strings(s.get("aliases"), at + "/aliases"));
    }

    Advisories advisories(Object root) {
        Map<String, Object> o = object(root, "", Set.of("$schema", "scale", "advisories"));
        Map<String, Object> scaleNode = object(o.get("scale"), "/scale", Set.of("1", "2", "3", "4"));
        Map<String, String> scale = new java.util.TreeMap<>();
        for (String k : scaleNode.keySet()) scale.put(k, text(scaleNode, k, "/scale"));
        return new Advisories(scale, list(o.get("advisories"), "/advisories", Element.ADVICE));
    }

    /** advisory.json: the consular-assistance notice, Russia's emergency numbers and the guidance. */
    Advisory advisory(Object root) {
        Map<String, Object> o = object(root, "", Set.of("$schema", "title", "notice", "noticeSource", "emergencyNumbers",
                "emergencySources", "guidance"));
        return new Advisory(required(text(o, "title", ""), "/title"), required(text(o, "notice", ""), "/notice"),
                source(required(o.get("noticeSource"), "/noticeSource"), "/noticeSource", null),
                list(o.get("emergencyNumbers"), "/emergencyNumbers", Element.EMERGENCY_NUMBER),
                list(o.get("emergencySources"), "/emergencySources", Element.NOTICE_SOURCE),
                list(o.get("guidance"), "/guidance", Element.GUIDANCE));
    }

    private Advisory.EmergencyNumber emergencyNumber(Object v, String at) {
        Map<String, Object> o = object(v, at, Set.of("number", "service", "serviceRu"));
        return new Advisory.EmergencyNumber(required(text(o, "number", at), at + "/number"),
                required(text(o, "service", at), at + "/service"), text(o, "serviceRu", at));
    }

    private Advisory.Guidance guidance(Object v, String at) {
        Map<String, Object> o = object(v, at, Set.of("text", "sources"));
        return new Advisory.Guidance(required(text(o, "text", at), at + "/text"),
                list(o.get("sources"), at + "/sources", Element.NOTICE_SOURCE));
    }

    /** news.json: the archived articles. */
    List<Article> articles(Object root) {
        if (!(root instanceof List)) throw error("/", "expected an array");
        return list(root, "", Element.ARTICLE);
    }

    private Article article(Object v, String at) {
        Map<String, Object> o = object(v, at, Set.of("id", "title", "published", "source", "archivedFrom", "paragraphs"));
        return new Article(required(text(o, "id", at), at + "/id"), required(text(o, "title", at), at + "/title"),
                required(text(o, "published", at), at + "/published"), required(text(o, "source", at), at + "/source"),
                required(text(o, "archivedFrom", at), at + "/archivedFrom"),
                strings(required(o.get("paragraphs"), at + "/paragraphs"), at + "/paragraphs"));
    }

    TravelAdvice advice(Object v, String at) {
        Map<String, Object> o = object(v, at, Set.of("government", "issuer", "level", "issued", "reviewed", "url",
                "summary", "dualNationals", "registration", "crisisLine", "sources"));
        Map<String, Object> level = object(o.get("level"), at + "/level", Set.of("text", "common"));
        Map<String, Object> reg = o.get("registration") == null ? Map.of()
                : object(o.get("registration"), at + "/registration", Set.of("name", "url"));
        double common = number(level, "common", at + "/level");
        if (common != Math.rint(common) || common < 1 || common > 4) throw error(at + "/level/common", "expected a whole number from 1 to 4");
        return new TravelAdvice(required(text(o, "government", at), at + "/government"), text(o, "issuer", at),
                text(level, "text", at + "/level"), (int) common, text(o, "issued", at),
                text(o, "reviewed", at), text(o, "url", at), text(o, "summary", at), text(o, "dualNationals", at),
                text(reg, "name", at + "/registration"), text(reg, "url", at + "/registration"),
                list(o.get("crisisLine"), at + "/crisisLine", Element.CRISIS_LINE),
                list(o.get("sources"), at + "/sources", Element.ADVICE_SOURCE));
    }

    private Phone crisisLine(Object v, String at) {
        Map<String, Object> line = object(v, at, Set.of("number", "note"));
        return new Phone(required(text(line, "number", at), at + "/number"), "emergency", text(line, "note", at));
    }

    private Representation representation(Object v, String at) {
        Map<String, Object> o = object(v, at, Set.of("type", "since", "note", "accreditedFrom", "protectingPower", "sources"));
        String type = required(text(o, "type", at), at + "/type");
        Representation.Type parsed = Representation.Type.of(type);
        if (parsed == null) throw notOneOf(type, Representation.Type.values(), at + "/type");
        return new Representation(parsed, text(o, "since", at), text(o, "note", at),
                o.get("accreditedFrom") == null ? null : contact(o.get("accreditedFrom"), at + "/accreditedFrom"),
                text(o, "protectingPower", at), list(o.get("sources"), at + "/sources", Element.SOURCE));
    }

    private Contact contact(Object v, String at) {
        Map<String, Object> o = object(v, at, Set.of("mission", "city", "country", "address", "phones", "emails", "website"));
        return new Contact(text(o, "mission", at), text(o, "city", at), text(o, "country", at), text(o, "address", at),
                list(o.get("phones"), at + "/phones", Element.PHONE), strings(o.get("emails"), at + "/emails"),
                text(o, "website", at));
    }

    private Mission mission(Object v, String at) {
        Map<String, Object> o = object(v, at, Set.of("id", "kind", "name", "city", "cityRu", "address", "phones", "emails",
                "website", "hours", "geo", "district", "status", "sources", "moved", "gaps"));
        String id = required(text(o, "id", at), at + "/id");
        String kind = required(text(o, "kind", at), at + "/kind");
        Mission.Kind parsed = Mission.Kind.of(kind);
        if (parsed == null) throw notOneOf(kind, Mission.Kind.values(), at + "/kind");
        return new Mission(id, parsed,
                o.get("name") == null ? null : bilingual(o.get("name"), at + "/name"),
                required(text(o, "city", at), at + "/city"), text(o, "cityRu", at),
                o.get("address") == null ? null : address(o.get("address"), at + "/address"),
                list(o.get("phones"), at + "/phones", Element.PHONE), strings(o.get("emails"), at + "/emails"),
                text(o, "website", at), text(o, "hours", at),
                o.get("geo") == null ? null : geo(o.get("geo"), at + "/geo"),
                strings(o.get("district"), at + "/district"), status(o.get("status"), at + "/status"),
                list(o.get("sources"), at + "/sources", Element.SOURCE),
                o.get("moved") == null ? null : move(o.get("moved"), at + "/moved"),
                list(o.get("gaps"), at + "/gaps", Element.GAP));
    }

    private Move move(Object v, String at) {
        Map<String, Object> o = object(v, at, Set.of("since", "from", "note"));
        return new Move(text(o, "since", at), o.get("from") == null ? null : address(o.get("from"), at + "/from"),
                text(o, "note", at));
    }

    private Gap gap(Object v, String at) {
        Map<String, Object> o = object(v, at, Set.of("fields", "searched", "note"));
        return new Gap(facts(o.get("fields"), at + "/fields", FACTS), required(text(o, "searched", at), at + "/searched"),
                text(o, "note", at));
    }

    private Address address(Object v, String at) {
        Map<String, Object> o = object(v, at, Set.of("en", "ru", "postalCode"));
        return new Address(text(o, "en", at), text(o, "ru", at), text(o, "postalCode", at));
    }

    private Geo geo(Object v, String at) {
        Map<String, Object> o = object(v, at, Set.of("lat", "lon"));
        return new Geo(coordinate(o, "lat", at, 41, 82), coordinate(o, "lon", at, 19, 180));
    }

    private Status status(Object v, String at) {
        Map<String, Object> o = object(v, at, Set.of("state", "since", "note", "referTo"));
        String state = required(text(o, "state", at), at + "/state");
        Status.State parsed = Status.State.of(state);
        if (parsed == null) throw notOneOf(state, Status.State.values(), at + "/state");
        return new Status(parsed, text(o, "since", at), text(o, "note", at), text(o, "referTo", at));
    }

    private Phone phone(Object v, String at) {
        Map<String, Object> o = object(v, at, Set.of("number", "type", "note", "published"));
        String number = required(text(o, "number", at), at + "/number");
        if (!isE164(number)) throw error(at + "/number", shown(number) + " is not an E.164 number");
        return new Phone(number, oneOf(required(text(o, "type", at), at + "/type"), PHONE_TYPES, at + "/type"),
                text(o, "note", at), text(o, "published", at));
    }

    private Source source(Object v, String at, Set<String> facts) {
        Map<String, Object> o = object(v, at, Set.of("url", "title", "date", "accessed", "fields", "confidence"));
        return new Source(required(text(o, "url", at), at + "/url"), text(o, "title", at), text(o, "date", at),
                text(o, "accessed", at), facts(o.get("fields"), at + "/fields", facts),
                oneOf(text(o, "confidence", at), CONFIDENCE, at + "/confidence"));
    }

    private Bilingual bilingual(Object v, String at) {
        Map<String, Object> o = object(v, at, Set.of("en", "ru"));
        return new Bilingual(required(text(o, "en", at), at + "/en"), text(o, "ru", at));
    }

    /** @param allowed the keys the object may have; null for a map with any keys */
    @SuppressWarnings("unchecked")
    private Map<String, Object> object(Object v, String at, Set<String> allowed) {
        if (!(v instanceof Map)) throw error(at.isEmpty() ? "/" : at, "expected an object");
        Map<String, Object> o = (Map<String, Object>) v;
        for (String key : o.keySet()) {
            if (allowed != null && !allowed.contains(key)) throw error(at + "/" + pointerToken(key), "unknown field " + shown(key));
        }
        return o;
    }

    /**
     * What an array holds; a switch rather than lambdas, and on int constants rather than an enum
     * (whose switch is two more classes), which would cost every lookup start-up time.
     */
    private static final class Element {
        static final int MISSION = 0, SOURCE = 1, ADVICE_SOURCE = 2, PHONE = 3, STRING = 4, ADVICE = 5, CRISIS_LINE = 6,
                SUBJECT = 7, GAP = 8, NOTICE_SOURCE = 9, EMERGENCY_NUMBER = 10, GUIDANCE = 11, ARTICLE = 12;

        private Element() {}
    }

    private Object element(int kind, Object v, String at) {
        return switch (kind) {
            case Element.MISSION -> mission(v, at);
            case Element.SOURCE -> source(v, at, FACTS);
            case Element.ADVICE_SOURCE -> source(v, at, ADVICE_FACTS);
            case Element.PHONE -> phone(v, at);
            case Element.STRING -> string(v, at);
            case Element.ADVICE -> advice(v, at);
            case Element.CRISIS_LINE -> crisisLine(v, at);
            case Element.SUBJECT -> subject(v, at);
            case Element.GAP -> gap(v, at);
            case Element.NOTICE_SOURCE -> source(v, at, null);
            case Element.EMERGENCY_NUMBER -> emergencyNumber(v, at);
            case Element.GUIDANCE -> guidance(v, at);
            case Element.ARTICLE -> article(v, at);
            default -> throw new IllegalArgumentException("element " + kind);
        };
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> list(Object v, String at, int kind) {
        if (v == null) return List.of();
        if (!(v instanceof List<?> l)) throw error(at, "expected an array");
        List<T> out = new ArrayList<>(l.size());
        for (int i = 0; i < l.size(); i++) out.add((T) element(kind, l.get(i), at + "/" + i));
        return out;
    }

    private List<String> strings(Object v, String at) {
        return list(v, at, Element.STRING);
    }

    /** A list of fact names, each one the schema knows. */
    private List<String> facts(Object v, String at, Set<String> allowed) {
        List<String> names = strings(v, at);
        if (allowed == null) return names; // the advisory's sources name facts of their own
        for (int i = 0; i < names.size(); i++) oneOf(names.get(i), allowed, at + "/" + i);
        return names;
    }

    private String string(Object v, String at) {
        if (!(v instanceof String s)) throw error(at, "expected a string");
        checkNoControls(s, at);
        return s;
    }

    private String text(Map<String, Object> o, String key, String at) {
        Object v = o.get(key);
        if (v == null) return null;
        if (!(v instanceof String s)) throw error(at + "/" + key, "expected a string");
        checkNoControls(s, at + "/" + key);
        return s;
    }

    /** +, a non-zero digit, then 6 to 14 more digits. */
    private static boolean isE164(String n) {
        if (n.length() < 8 || n.length() > 16 || n.charAt(0) != '+' || n.charAt(1) == '0') return false;
        for (int i = 1; i < n.length(); i++) {
            if (n.charAt(i) < '0' || n.charAt(i) > '9') return false;
        }
        return true;
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Text from data never carries control characters: they could drive the user's terminal. */
    private void checkNoControls(String s, String at) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n') || (c >= 0x7f && c < 0xa0)) {
                throw error(at, "control character U+" + Integer.toHexString(0x10000 | c).substring(1).toUpperCase(java.util.Locale.ROOT));
            }
        }
    }

    private String oneOf(String value, Set<String> allowed, String at) {
        if (value != null && !allowed.contains(value)) throw error(at, shown(value) + " is not one of " + new java.util.TreeSet<>(allowed));
        return value;
    }

    /** The same message as {@link #oneOf}: the values of an enum are its data spellings. */
    private DataException notOneOf(String value, Enum<?>[] values, String at) {
        Set<String> allowed = new java.util.TreeSet<>();
        for (Enum<?> e : values) allowed.add(e.toString());
        return error(at, shown(value) + " is not one of " + allowed);
    }

    private double number(Map<String, Object> o, String key, String at) {
        if (o.get(key) instanceof Double d) return d;
        throw error(at + "/" + key, "expected a number");
    }

    /** A coordinate: a finite number within the range the schema gives (Russia's extent). */
    private double coordinate(Map<String, Object> o, String key, String at, double min, double max) {
        double d = number(o, key, at);
        if (!Double.isFinite(d) || d < min || d > max) {
            throw error(at + "/" + key, (Double.isFinite(d) ? java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()
                    : "the number") + " is out of range: expected " + (int) min + " to " + (int) max);
        }
        return d;
    }

    /** A value for a message: quoted, its start only when long. */
    private static String shown(String value) {
        return "\"" + (value.length() > SHOWN ? value.substring(0, SHOWN) + "..." : value) + "\"";
    }

    /** A field name as a JSON pointer token (RFC 6901: ~ and / escaped), its start only when long. */
    private static String pointerToken(String key) {
        String token = key.replace("~", "~0").replace("/", "~1");
        return token.length() > SHOWN ? token.substring(0, SHOWN) + "..." : token;
    }

    private <T> T required(T value, String at) {
        if (value == null) throw error(at, "missing");
        return value;
    }

    private DataException error(String pointer, String message) {
        return new DataException(file + ": at " + pointer + ": " + message);
    }
}
