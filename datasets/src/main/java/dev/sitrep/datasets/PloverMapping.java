package dev.sitrep.datasets;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Collective;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.EventKind;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.Impact;
import dev.sitrep.core.event.ImpactKind;
import dev.sitrep.core.event.Participant;
import dev.sitrep.core.event.ParticipantRole;
import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.geo.GeoPoint;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.geo.PlacePrecision;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.IdScheme;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.provenance.SourceKind;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.Precision;
import dev.sitrep.core.time.TimePoint;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * PLOVER's event objects (PLOVER manual, "Data Fields", 2024) and sitrep's records, property by
 * property:
 *
 * <ul>
 *   <li>{@code id}: the id {@code event/plover-<id in lowercase kebab-case>}; the id as given kept
 *       as {@code org.openeventdata.plover.id} and written back.
 *   <li>{@code date}, {@code time}, {@code enddate}, {@code endtime}: the period; a time with an
 *       offset makes an instant, one without is kept as an extension (sitrep does not guess its
 *       zone).
 *   <li>{@code event}: the first category is the kind (others counted as dropped); {@code mode}:
 *       the first mode (others counted).
 *   <li>{@code actor} and {@code recipient}: participants of roles {@code initiator} and
 *       {@code target}; an entity that is only a 3-letter country {@code code} is that state,
 *       any other a collective named by {@code entity_text}, {@code identifier_text} or its codes,
 *       affiliated to the state of its code, with the Wikidata id of {@code identifier_id}; the
 *       entity object is kept on the actor as {@code org.openeventdata.plover.entity}.
 *   <li>{@code event_loc}: the place: {@code resolved_place} or {@code extracted_place},
 *       {@code lat}, {@code lon}, {@code country_code}, {@code province} (admin 1),
 *       {@code district} (admin 2), {@code geonameid}; {@code resolution} 5 (sub-city) near, 4
 *       (city) settlement, 3 district, 2 province region, 1 country; a location with no country
 *       code of a state sitrep knows makes no place: it is kept as the extension
 *       {@code org.openeventdata.plover.event_loc} (counted), and written back.
 *   <li>{@code dead}, {@code injured}, {@code arrested} (on the event or in its {@code size}
 *       object): claims of people killed, injured and detained, a number or a phrase by
 *       {@link CountPhrases}.
 *   <li>{@code cite_info}: the source ({@code title}, {@code url}, {@code publication}), one per
 *       event, {@code source/plover-<id>}, reporting the event and its counts.
 *   <li>{@code event_text}: the description. Every other property ({@code context},
 *       {@code quad_code}, {@code text}, {@code coder}…) is kept as
 *       {@code org.openeventdata.plover.<name>} and written back.
 * </ul>
 *
 * <p>The title, which PLOVER has none of, is "CATEGORY: actor → recipient".
 */
final class PloverMapping {
  static final String PREFIX = "org.openeventdata.plover.";
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
  private static final Pattern QID = Pattern.compile("(?:.*/)?(Q[1-9][0-9]*)");
  private static final Set<String> MAPPED = Set.of("id", "date", "time", "enddate", "endtime",
      "actor", "recipient", "event", "mode", "event_loc", "event_text", "cite_info", "dead",
      "injured", "arrested", "size");
  private static final Map<String, ImpactKind> COUNTS = Map.of("dead", ImpactKind.KILLED,
      "injured", ImpactKind.INJURED, "arrested", ImpactKind.DETAINED);
  private static final List<String> COUNT_FIELDS = List.of("dead", "injured", "arrested");

  EventRecord read(JsonNode o, LossReport report) {
    String id = text(o, "id", true);
    Map<String, JsonValue> ext = new LinkedHashMap<>();
    EntityId eventId = eventId(id);
    if (!eventId.value().equals(id)) {
      ext.put(PREFIX + "id", JsonValue.of(id));
    }
    List<String> categories = strings(o, "event");
    if (categories.isEmpty()) {
      throw new InvalidDataException("event", "must give a PLOVER category, is required");
    }
    if (categories.size() > 1) {
      report.add("event", "a sitrep event has one kind; all categories but the first dropped");
    }
    List<String> modes = strings(o, "mode");
    if (modes.size() > 1) {
      report.add("mode", "a sitrep event has one mode; all but the first dropped");
    }
    Map<EntityId, Actor> actors = new LinkedHashMap<>();
    List<Participant> participants = new ArrayList<>();
    entities(o, "actor", ParticipantRole.INITIATOR, actors, participants);
    entities(o, "recipient", ParticipantRole.TARGET, actors, participants);
    Source source = source(o, id);
    Attribution reported = Attribution.of(Ref.to(source), Hedge.REPORTED);
    dev.sitrep.core.event.ImmutableGeneralEvent.Builder e = GeneralEvent.builder().id(eventId)
        .kind(kind(categories.get(0))).when(when(o, ext)).addAllParticipants(participants);
    if (!modes.isEmpty()) {
      e.mode(code(modes.get(0), "mode"));
    }
    place(o.get("event_loc"), actors, ext, report).ifPresent(e::addPlaces);
    List<String> texts = strings(o, "event_text");
    if (!texts.isEmpty()) {
      e.description(String.join(" ", texts));
      if (texts.size() > 1 || o.get("event_text").isArray()) {
        ext.put(PREFIX + "event_text", JsonTrees.value(o.get("event_text")));
      }
    }
    JsonNode size = object(o, "size", "an object of counts: dead, injured, arrested");
    boolean counted = false;
    for (String f : COUNT_FIELDS) {
      JsonNode v = o.has(f) ? o.get(f) : size != null && size.isObject() ? size.get(f) : null;
      Optional<UncertainCount> c = count(v, o.has(f) ? f : "size." + f);
      if (c.isPresent()) {
        e.addImpacts(Claim.of(Impact.of(COUNTS.get(f), c.get()), reported));
        counted = true;
      }
    }
    // the event's source: its cite_info, or the unnamed source of its counts
    boolean cited = counted
        || object(o, "cite_info", "an object: title, url, publication") != null;
    if (cited) {
      e.addAttributions(reported);
    }
    if (size != null && size.isObject() && !o.has("dead") && !o.has("injured")
        && !o.has("arrested")) {
      ext.put(PREFIX + "size", JsonValue.of(true));
    }
    o.properties().forEach(p -> {
      if (!MAPPED.contains(p.getKey())) {
        if (KEY.matcher(p.getKey()).matches()) {
          ext.put(PREFIX + p.getKey(), JsonTrees.value(p.getValue()));
        } else {
          report.add(p.getKey(), "not a name an extension can have; dropped");
        }
      }
    });
    String title = categories.get(0).toUpperCase(Locale.ROOT) + ": " + names(o, "actor")
        + (o.has("recipient") ? " \u2192 " + names(o, "recipient") : "");
    e.title(title).putAllExtensions(ext);
    return new EventRecord(e.build(), List.copyOf(actors.values()),
        cited ? List.of(source) : List.of());
  }

  /** @return an id of sitrep's own (with a {@code /}) as it is, else one made of PLOVER's */
  private static EntityId eventId(String id) {
    if (id.contains("/")) {
      try {
        return EntityId.of(id);
      } catch (InvalidDataException e) {
        // a PLOVER id with a slash, not sitrep's
      }
    }
    return EntityId.of("event/plover-" + Slugs.slug(id));
  }

  private static EventKind kind(String category) {
    return EventKind.of(code(category, "event"));
  }

  private static String code(String s, String field) {
    String c = s.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    if (!CODE.matcher(c).matches()) {
      throw new InvalidDataException(field, "must be a PLOVER code such as ASSAULT, was '" + s
          + "'");
    }
    return c;
  }

  private static String text(JsonNode o, String field, boolean required) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new InvalidDataException(field, "is required by PLOVER but missing");
      }
      return null;
    }
    if (!v.isString() && !v.isNumber()) {
      throw new InvalidDataException(field, "must be a string");
    }
    String s = v.asString();
    if (s.isBlank() && required) {
      throw new InvalidDataException(field, "is required by PLOVER but empty");
    }
    return s;
  }

  /**
   * @return the object at {@code field}, or null if it is absent or null
   * @throws InvalidDataException if it is some other value, which the mapping would not carry
   */
  private static JsonNode object(JsonNode o, String field, String what) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isObject()) {
      throw new InvalidDataException(field, "must be " + what);
    }
    return v;
  }

  /** @return a string or each string of a list */
  private static List<String> strings(JsonNode o, String field) {
    JsonNode v = o.get(field);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isString()) {
      out.add(v.asString());
      return out;
    }
    if (!v.isArray()) {
      throw new InvalidDataException(field, "must be a string or a list of strings");
    }
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isString()) {
        throw new InvalidDataException(field + "[" + i + "]", "must be a string");
      }
      out.add(v.get(i).asString());
    }
    return out;
  }

  private static Period when(JsonNode o, Map<String, JsonValue> ext) {
    TimePoint start = point(o, "date", "time", true, ext);
    TimePoint end = text(o, "enddate", false) != null ? point(o, "enddate", "endtime", false, ext)
        : start;
    if (end.isBefore(start)) {
      throw new InvalidDataException("enddate", "must not be before date (date=" + start
          + ", enddate=" + end + ")");
    }
    return Period.between(start, end);
  }

  private static TimePoint point(JsonNode o, String dateField, String timeField,
      boolean required, Map<String, JsonValue> ext) {
    String date = text(o, dateField, required);
    LocalDate day;
    try {
      day = Days.held(LocalDate.parse(date.trim()), dateField);
    } catch (DateTimeParseException e) {
      throw new InvalidDataException(dateField, "must be a date in YYYY-MM-DD format, was '"
          + date + "'");
    }
    String time = text(o, timeField, false);
    if (time != null && !time.isBlank()) {
      try {
        return TimePoint.instant(OffsetDateTime.parse(day + "T" + time.trim()));
      } catch (DateTimeParseException e) {
        ext.put(PREFIX + timeField, JsonValue.of(time)); // no offset: its zone is not known
      }
    }
    return TimePoint.of(day);
  }

  private static void entities(JsonNode o, String field, ParticipantRole role,
      Map<EntityId, Actor> actors, List<Participant> participants) {
    JsonNode list = o.get(field);
    if (list == null || list.isNull()) {
      return;
    }
    if (list.isObject()) {
      list = JsonTrees.NODES.arrayNode().add(list);
    }
    if (!list.isArray()) {
      throw new InvalidDataException(field, "must be a list of entity objects");
    }
    for (int i = 0; i < list.size(); i++) {
      Actor a = entity(list.get(i), field + "[" + i + "]");
      actors.putIfAbsent(a.id(), a);
      Participant p = Participant.of(Ref.to(a), role);
      if (!participants.contains(p)) {
        participants.add(p);
      }
    }
  }

  private static Actor entity(JsonNode n, String path) {
    if (!n.isObject()) {
      throw new InvalidDataException(path, "must be an entity object such as {\"code\":\"USA\"}");
    }
    String code = n.has("code") ? n.get("code").asString("").trim() : "";
    String sector = n.has("sector") ? n.get("sector").asString("").trim() : "";
    String entityText = n.has("entity_text") ? n.get("entity_text").asString("") : "";
    String idText = n.has("identifier_text") ? n.get("identifier_text").asString("") : "";
    Optional<State> state = code.length() == 3 ? Countries.find(code) : Optional.empty();
    boolean plainState = state.isPresent() && n.size() == 1;
    if (plainState) {
      return state.get();
    }
    String name = !Text.isBlank(entityText) ? entityText : !Text.isBlank(idText) ? idText
        : (code + " " + sector).trim();
    if (Text.isBlank(name)) {
      throw new InvalidDataException(path, "must name the entity by entity_text, "
          + "identifier_text or code");
    }
    dev.sitrep.core.actor.ImmutableCollective.Builder c = Collective.builder()
        .id(Slugs.id("actor", (code.isEmpty() ? "" : code + " " + sector + " ") + name))
        .name(name).putExtension(PREFIX + "entity", JsonTrees.value(n));
    state.ifPresent(s -> c.affiliation(Ref.to(s)));
    if (n.has("identifier_id")) {
      java.util.regex.Matcher m = QID.matcher(n.get("identifier_id").asString(""));
      if (m.matches()) {
        c.addExternalIds(ExternalId.wikidata(m.group(1)));
      }
    }
    return c.build();
  }

  private static String names(JsonNode o, String field) {
    JsonNode list = o.get(field);
    List<String> names = new ArrayList<>();
    if (list != null && list.isArray()) {
      for (JsonNode n : list) {
        String name = n.has("entity_text") ? n.get("entity_text").asString("")
            : n.has("code") ? n.get("code").asString("") : "";
        if (!name.isBlank()) {
          names.add(name.trim());
        }
      }
    }
    return names.isEmpty() ? "?" : String.join(", ", names);
  }

  private static Optional<Place> place(JsonNode loc, Map<EntityId, Actor> actors,
      Map<String, JsonValue> ext, LossReport report) {
    if (loc == null || loc.isNull()) {
      return Optional.empty();
    }
    if (!loc.isObject()) {
      throw new InvalidDataException("event_loc", "must be a location object");
    }
    String code = loc.has("country_code") ? loc.get("country_code").asString("") : "";
    Optional<State> state = Countries.find(code);
    if (state.isEmpty()) {
      ext.put(PREFIX + "event_loc", JsonTrees.value(loc));
      report.add("event_loc", "no country_code of a state sitrep knows: kept as the extension "
          + PREFIX + "event_loc, not made a place");
      return Optional.empty();
    }
    actors.putIfAbsent(state.get().id(), state.get());
    String name = first(loc, "resolved_place", "extracted_place", "city", "district", "province");
    dev.sitrep.core.geo.ImmutablePlace.Builder p = Place.builder().name(name == null ? state.get().name() : name)
        .country(Ref.to(state.get())).precision(precision(loc, report));
    Optional.ofNullable(first(loc, "province")).ifPresent(p::admin1);
    Optional.ofNullable(first(loc, "district")).ifPresent(p::admin2);
    double lat = coordinate(loc, "lat");
    double lon = coordinate(loc, "lon");
    if (Double.isNaN(lat) != Double.isNaN(lon)) {
      throw new InvalidDataException("event_loc." + (Double.isNaN(lat) ? "lat" : "lon"),
          "must be given with event_loc." + (Double.isNaN(lat) ? "lon" : "lat"));
    }
    if (!Double.isNaN(lat)) {
      try {
        p.point(GeoPoint.of(lat, lon));
      } catch (InvalidDataException e) {
        throw new InvalidDataException("event_loc." + e.path(), e.rule());
      }
    }
    JsonNode geonameid = loc.get("geonameid");
    if (geonameid != null && !geonameid.isNull()) {
      if (!geonameid.isString() && !geonameid.isIntegralNumber()) {
        throw new InvalidDataException("event_loc.geonameid", "must be a GeoNames id, a whole"
            + " number or its text, was " + JsonTrees.abbreviated(geonameid));
      }
      try {
        p.addExternalIds(ExternalId.of(IdScheme.GEONAMES, geonameid.asString()));
      } catch (InvalidDataException e) {
        throw new InvalidDataException("event_loc.geonameid", e.rule());
      }
    }
    return Optional.of(p.build());
  }

  /**
   * @return a coordinate, written as a number or as a number's text ({@code "49.9"}, as some
   *     coders write it), or NaN if absent or null
   */
  private static double coordinate(JsonNode loc, String field) {
    JsonNode v = loc.get(field);
    if (v == null || v.isNull() || v.isString() && v.asString().isBlank()) {
      return Double.NaN;
    }
    if (v.isNumber()) { // exact as read: 1e400 is a double's infinity, which no point has
      return v.decimalValue().doubleValue();
    }
    if (v.isString() && JsonTrees.DECIMAL.matcher(v.asString().trim()).matches()) {
      return Double.parseDouble(v.asString().trim());
    }
    throw new InvalidDataException("event_loc." + field, "must be a decimal number, was "
        + JsonTrees.abbreviated(v));
  }

  private static PlacePrecision precision(JsonNode loc, LossReport report) {
    int r = loc.has("resolution") ? loc.get("resolution").asInt(0) : 0;
    switch (r) {
      case 5:
        return PlacePrecision.NEAR;
      case 4:
        return PlacePrecision.SETTLEMENT;
      case 3:
        return PlacePrecision.DISTRICT;
      case 2:
        return PlacePrecision.REGION;
      case 1:
        return PlacePrecision.COUNTRY;
      default:
        report.add("event_loc.resolution", "absent or not 1 to 5; read as settlement");
        return PlacePrecision.SETTLEMENT;
    }
  }

  private static String first(JsonNode o, String... fields) {
    for (String f : fields) {
      if (o.has(f) && o.get(f).isString() && !Text.isBlank(o.get(f).asString())) {
        return o.get(f).asString();
      }
    }
    return null;
  }

  private static Optional<UncertainCount> count(JsonNode v, String field) {
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0) { // 12 or 12.0
      java.math.BigDecimal n = v.decimalValue();
      if (n.signum() < 0 || n.compareTo(java.math.BigDecimal.valueOf(UncertainCount.MAX)) > 0) {
        throw new InvalidDataException(field, "must be a count from 0 to " + UncertainCount.MAX
            + ", was " + JsonTrees.abbreviated(v));
      }
      return Optional.of(UncertainCount.exactly(n.longValueExact()));
    }
    if (v.isString()) {
      return Optional.of(CountPhrases.parse(v.asString(), field));
    }
    throw new InvalidDataException(field, "must be a whole number or a phrase, was " + v);
  }

  private static Source source(JsonNode o, String id) {
    dev.sitrep.core.provenance.ImmutableSource.Builder s = Source.builder().id(EntityId.of("source/plover-" + Slugs.slug(id)))
        .kind(SourceKind.ARTICLE);
    JsonNode cite = o.get("cite_info");
    if (cite != null && cite.isObject()) {
      Optional.ofNullable(first(cite, "title")).ifPresent(s::title);
      Optional.ofNullable(first(cite, "publication")).ifPresent(s::publisher);
      String url = first(cite, "url");
      if (url != null) {
        try {
          s.url(url);
          s.build();
        } catch (InvalidDataException e) {
          throw new InvalidDataException("cite_info.url", e.rule());
        }
      }
      s.putExtension(PREFIX + "cite_info", JsonTrees.value(cite));
    }
    return s.build();
  }

  ObjectNode write(EventRecord r, LossReport report) {
    Event e = r.event();
    Optional<KindAndMode> kind = PloverCategories.forWriting(e, report);
    if (kind.isEmpty()) {
      return null;
    }
    if (e.when().isEmpty()) {
      report.add("when", "a PLOVER event needs a date; event skipped");
      return null;
    }
    ObjectNode o = JsonTrees.NODES.objectNode();
    String id = Extensions.text(e, PREFIX + "id").orElse(e.id().value());
    if (!eventId(id).equals(e.id())) {
      report.add("id", "read back as event/plover-<id in kebab-case>");
    }
    o.put("id", id);
    Period p = e.when().get();
    date(p.start(), "date", "time", o, report);
    if (p.end().isPresent() && !p.end().get().equals(p.start())) {
      date(p.end().get(), "enddate", "endtime", o, report);
      if (o.get("enddate").asString().compareTo(o.get("date").asString()) < 0) {
        // days in different zones: the end's falls before the start's
        report.add("enddate", "a day before the start's, in another zone; written as the start's");
        o.put("enddate", o.get("date").asString());
        o.remove("endtime");
      }
    } else if (p.end().isEmpty()) {
      report.add("when.end", "a period with no end written as its start only");
    }
    Sides s = Sides.of(e.participants(), false);
    entities(r, s.a(), s.aAssociates(), ParticipantRole.INITIATOR, "actor", o, report);
    entities(r, s.b(), s.bAssociates(), ParticipantRole.TARGET, "recipient", o, report);
    if (!s.rest().isEmpty()) {
      report.add("participants", "only actor and recipient; a further participant dropped");
    }
    o.set("event", JsonTrees.NODES.arrayNode().add(kind.get().kind().code()
        .toUpperCase(Locale.ROOT)));
    kind.get().mode().ifPresent(m -> o.set("mode", JsonTrees.NODES.arrayNode().add(m)));
    EventParts.firstPlace(e, true, report).ifPresent(pl -> o.set("event_loc", place(r, pl, report)));
    e.description().ifPresent(d -> o.put("event_text", d));
    counts(r, o, report);
    EventParts.reportUnwritten(e, report);
    for (Map.Entry<String, JsonValue> x : e.extensions().entrySet()) {
      String k = x.getKey();
      if (k.equals(PREFIX + "event_loc") && o.has("event_loc")) {
        report.add("extensions", "'" + k + "' beside a place; dropped");
      } else if (k.startsWith(PREFIX) && !k.equals(PREFIX + "id") && !k.equals(PREFIX + "size")) {
        o.set(k.substring(PREFIX.length()), JsonTrees.node(x.getValue()));
      } else if (!k.startsWith(PREFIX)) {
        report.add("extensions", "'" + k + "' has no PLOVER property; dropped");
      }
    }
    if (e.extensions().containsKey(PREFIX + "size")) {
      ObjectNode size = JsonTrees.NODES.objectNode();
      for (String f : COUNT_FIELDS) {
        if (o.has(f)) {
          size.set(f, o.remove(f));
        }
      }
      o.set("size", size);
    }
    String title = kind.get().kind().code().toUpperCase(Locale.ROOT) + ": " + names(o, "actor")
        + (o.has("recipient") ? " \u2192 " + names(o, "recipient") : "");
    if (!e.title().equals(title)) {
      report.add("title", "PLOVER has no title; dropped");
    }
    return o;
  }

  private static void date(TimePoint t, String dateField, String timeField, ObjectNode o,
      LossReport report) {
    if (t.precision() == Precision.INSTANT) {
      OffsetDateTime i = (OffsetDateTime) t.value();
      o.put(dateField, i.toLocalDate().toString());
      o.put(timeField, i.toOffsetTime().toString());
    } else {
      // a period's end as its last day, so that the end read back is not before the start
      java.time.ZoneId zone = t.zone().orElse(java.time.ZoneOffset.UTC);
      boolean end = dateField.equals("enddate")
          && t.latest().atZone(zone).getYear() <= 9999; // a date PLOVER's reader takes
      o.put(dateField, (end ? t.latest() : t.earliest()).atZone(zone).toLocalDate().toString());
      if (t.precision() != Precision.DAY) {
        report.add(dateField, "a " + t.precision().name().toLowerCase(Locale.ROOT)
            + " written as its " + (end ? "last" : "first") + " day");
      }
      if (t.zone().isPresent()) {
        report.add(dateField, "PLOVER dates have no zone; dropped");
      }
    }
  }

  private static void entities(EventRecord r, Participant main, List<Participant> associates,
      ParticipantRole native_, String field, ObjectNode o, LossReport report) {
    if (main == null) {
      return;
    }
    ArrayNode list = JsonTrees.NODES.arrayNode();
    if (!main.role().equals(native_)) {
      report.add("participants.role", "'" + main.role().code() + "' written as " + field);
    }
    for (Participant p : concat(main, associates)) {
      Optional<Actor> a = r.actor(p.actor().id());
      Optional<JsonValue> kept = a.map(x -> x.extensions().get(PREFIX + "entity"));
      if (kept.isPresent()) {
        list.add(JsonTrees.node(kept.get()));
      } else if (a.isPresent() && a.get() instanceof State st) {
        list.add(JsonTrees.NODES.objectNode().put("code", st.alpha3()));
      } else {
        if (a.isEmpty()) {
          report.add(field, "actor not in the input; written as its id");
        }
        list.add(JsonTrees.NODES.objectNode().put("entity_text",
            a.map(Actor::name).orElse(p.actor().id().value())));
      }
    }
    if (!associates.isEmpty()) {
      report.add("participants.role", "associates written as " + field);
    }
    o.set(field, list);
  }

  private static List<Participant> concat(Participant main, List<Participant> more) {
    List<Participant> all = new ArrayList<>();
    all.add(main);
    all.addAll(more);
    return all;
  }

  private static ObjectNode place(EventRecord r, Place p, LossReport report) {
    ObjectNode loc = JsonTrees.NODES.objectNode();
    loc.put("resolved_place", p.name());
    p.point().ifPresent(g -> loc.put("lat", g.lat()).put("lon", g.lon()));
    p.admin1().ifPresent(a -> loc.put("province", a));
    p.admin2().ifPresent(a -> loc.put("district", a));
    if (p.country().isPresent()) {
      Optional<State> s = r.actor(p.country().get().id()).filter(State.class::isInstance)
          .map(State.class::cast).or(() -> EventParts.state(p.country().get().id()));
      s.ifPresent(x -> loc.put("country", x.name()).put("country_code", x.alpha3()));
    }
    if (!loc.has("country_code")) {
      report.add("event_loc", "a place in no state sitrep knows has no country_code; read back"
          + " as an extension, not a place");
    }
    int resolution = switch (p.precision()) {
      case EXACT, NEAR -> 5;
      case SETTLEMENT -> 4;
      case DISTRICT -> 3;
      case REGION, AREA -> 2;
      case COUNTRY -> 1;
    };
    if (p.precision() == PlacePrecision.EXACT || p.precision() == PlacePrecision.AREA) {
      report.add("event_loc.resolution", "'" + p.precision().name().toLowerCase(Locale.ROOT)
          + "' written as " + resolution);
    }
    loc.put("resolution", resolution);
    for (ExternalId id : p.externalIds()) {
      if (id.scheme().equals(IdScheme.GEONAMES) && !loc.has("geonameid")) {
        loc.put("geonameid", Long.parseLong(id.value()));
      }
    }
    return loc;
  }

  private static void counts(EventRecord r, ObjectNode o, LossReport report) {
    Event e = r.event();
    for (Claim<Impact> c : e.impacts()) {
      Impact i = c.value();
      String field = COUNTS.entrySet().stream().filter(x -> x.getValue().equals(i.kind()))
          .map(Map.Entry::getKey).findFirst().orElse(null);
      if (field == null || o.has(field) || i.affected().isPresent()
          || i.affectedActor().isPresent() || !i.people().isEmpty()
          || !i.affectedThings().isEmpty() || !Claim.current(e.impacts()).contains(c)) {
        report.add("impacts", i.kind().code() + ": no PLOVER property for this claim; dropped");
        continue;
      }
      if (!c.attribution().source().id().equals(eventSource(e))) {
        report.add("impacts.attribution", "counts are the event's source's; the claim's"
            + " source dropped");
      } else {
        EventParts.reportAttribution(c.attribution(), Hedge.REPORTED, "impacts.attribution",
            report);
      }
      UncertainCount n = i.count();
      if (n.phrase().isPresent()) {
        o.put(field, n.phrase().get());
        if (!readsBack(n.phrase().get(), n, field)) {
          report.add(field, "a count written as its phrase, which reads back as another count;"
              + " its bounds dropped");
        }
      } else if (n.upper().isPresent() && n.upper().getAsLong() == n.lower()) {
        EventParts.reportQualifier(n, field, report);
        o.put(field, n.lower());
      } else if (readsBack(n, field)) {
        report.add(field, "a count with no phrase written as words, read back with them as its"
            + " phrase");
        o.put(field, CountPhrases.words(n));
      } else {
        report.add("impacts", i.kind().code() + ": a count beyond PLOVER's words; dropped");
      }
    }
    if (e.attributions().isEmpty() && COUNT_FIELDS.stream().anyMatch(o::has)) {
      report.add("attributions", "the source of the counts is read back as the event's");
    }
    List<String> cited = new ArrayList<>();
    for (Attribution a : e.attributions()) {
      cited.add(a.source().id().value());
      EventParts.reportAttribution(a, Hedge.REPORTED, "attributions", report);
      r.source(a.source().id()).ifPresent(s -> {
        if (cited.size() == 1) {
          ObjectNode cite = s.extensions().containsKey(PREFIX + "cite_info")
              ? (ObjectNode) JsonTrees.node(s.extensions().get(PREFIX + "cite_info"))
              : JsonTrees.NODES.objectNode();
          s.title().ifPresent(t -> cite.put("title", t));
          s.url().ifPresent(u -> cite.put("url", u));
          s.publisher().ifPresent(u -> cite.put("publication", u));
          if (!cite.isEmpty()) {
            o.set("cite_info", cite);
          }
        }
      });
    }
    if (!cited.isEmpty() && !r.source(e.attributions().get(0).source().id())
        .equals(Optional.of(source(o, o.get("id").asString())))) {
      report.add("attributions.source", "a source is read back as the cite_info written,"
          + " source/plover-<id>; the rest dropped");
    }
    if (cited.size() > 1) {
      report.add("attributions", "PLOVER has one cite_info; all sources but the first dropped");
    }
  }

  /** @return whether the words of {@code n} read back as it */
  private static boolean readsBack(UncertainCount n, String field) {
    String words = CountPhrases.words(n);
    return readsBack(words, n.withPhrase(words), field);
  }

  /** @return whether {@code words} read back as {@code n} */
  private static boolean readsBack(String words, UncertainCount n, String field) {
    try {
      return CountPhrases.parse(words, field).equals(n);
    } catch (InvalidDataException e) {
      return false;
    }
  }

  private static EntityId eventSource(Event e) {
    return e.attributions().isEmpty() ? null : e.attributions().get(0).source().id();
  }
}
