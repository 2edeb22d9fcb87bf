package dev.sitrep.datasets;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Collective;
import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.actor.OrganizationKind;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.event.Event;
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
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.provenance.SourceKind;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ACLED's CSV export, the 31 columns of the ACLED Codebook of 2023 and later (columns changed on
 * 20 March 2023: {@code disorder_type}, {@code civilian_targeting} and {@code tags} added). Column
 * by column:
 *
 * <ul>
 *   <li>{@code event_id_cnty}: the id {@code event/acled-<id in lowercase>}, written back in
 *       uppercase; an id of sitrep's own (with a {@code /}) is written and read as it is.
 *   <li>{@code event_date} (as the API writes it, {@code 2025-09-12}, or the export tool,
 *       {@code 12 September 2025}; written as the first) and {@code time_precision}: 1 (the
 *       source gives the day) a day; 2 (the
 *       week or weekend) the ISO week of the date; 3 (the month) its month. Written: a day as 1, a
 *       week as 2 with its Wednesday, a month as 3 with its 15th; a range of days as its week or
 *       month, an instant as its day (counted); a year cannot be written (skipped).
 *   <li>{@code event_type}, {@code sub_event_type}: the kind and mode by
 *       {@link AcledEventTypes}; {@code disorder_type} with them kept as extensions.
 *   <li>{@code actor1}, {@code inter1}, {@code actor2}, {@code inter2}: participants of roles
 *       {@code side-a} and {@code side-b} (ACLED's actors have no direction); inter 1 (state
 *       forces) an organization of kind armed-forces, 2, 3, 4 and 8 organizations of kinds
 *       rebel-group, political-militia, identity-militia and external-force, 5–7 (rioters,
 *       protesters, civilians) collectives; the code (a number before 2024, a label since) kept
 *       on the actor as {@code org.acled.inter}. {@code assoc_actor_1}, {@code assoc_actor_2}
 *       (names separated by {@code ;}) participants of roles {@code side-a-associate} and
 *       {@code side-b-associate}.
 *   <li>{@code country}, {@code admin1}, {@code admin2}, {@code location}, {@code latitude},
 *       {@code longitude}, {@code geo_precision}: the place; geo_precision 1 (the town itself)
 *       settlement, 2 (near it, or part of a region) near, 3 (a larger region, its capital)
 *       region. A country of no state sitrep knows ({@link Countries}: Kosovo) cannot be a
 *       place's, and a place with neither country nor area kind is not valid: the place's columns
 *       are then kept as extensions {@code org.acled.<column>} (counted), and written back.
 *   <li>{@code source} (names separated by {@code ;}): a source per publisher, each attributing
 *       the event as reported; {@code notes} the description.
 *   <li>{@code fatalities}: a claim of exactly that many people killed, estimated by ACLED
 *       ({@code source/acled}).
 *   <li>{@code year} and {@code interaction} are derived; {@code interaction},
 *       {@code civilian_targeting}, {@code iso} (numeric), {@code region}, {@code admin3},
 *       {@code source_scale}, {@code tags}, {@code timestamp} are kept as extensions
 *       {@code org.acled.<column>} on the event and written back.
 * </ul>
 *
 * <p>The title, which ACLED has none of, is "sub-event type: location".
 */
final class AcledMapping implements CsvMapping {
  static final String PREFIX = "org.acled.";
  static final EntityId DATASET = EntityId.of("source/acled");
  private static final Source ACLED = Source.builder().id(DATASET).kind(SourceKind.DATASET)
      .title("Armed Conflict Location & Event Data (ACLED)").publisher("ACLED").build();
  private static final String ID_PREFIX = "event/acled-";
  /** The dates of ACLED's export tool: {@code 12 September 2025}, {@code 1 march 2024}. */
  private static final DateTimeFormatter IN_WORDS = new DateTimeFormatterBuilder()
      .parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(Locale.ENGLISH)
      .withResolverStyle(ResolverStyle.STRICT);

  private static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year",
      "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
      "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
      "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
      "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
      "tags", "timestamp");
  private static final List<String> REQUIRED = List.of("event_id_cnty", "event_date",
      "time_precision", "event_type", "sub_event_type", "actor1", "country", "geo_precision");
  /** The columns kept as extensions of the event. */
  private static final List<String> KEPT = List.of("disorder_type", "event_type",
      "sub_event_type", "interaction", "civilian_targeting", "iso", "region", "admin3",
      "source_scale", "tags", "timestamp");
  private static final Set<String> KEPT_SET = Set.copyOf(KEPT);
  /** The columns of the place, kept as extensions where the country is no state sitrep knows. */
  private static final List<String> PLACE = List.of("country", "admin1", "admin2", "location",
      "latitude", "longitude", "geo_precision");
  private static final Set<String> KEPT_WITH_PLACE = java.util.stream.Stream.concat(
      KEPT.stream(), PLACE.stream()).collect(java.util.stream.Collectors.toSet());

  /** ACLED's actor types, by inter code 1 to 8, as its labels since 2024. */
  static final List<String> INTER = List.of("State forces", "Rebel group", "Political militia",
      "Identity militia", "Rioters", "Protesters", "Civilians", "External/Other forces");
  private static final List<OrganizationKind> INTER_KINDS = List.of(
      OrganizationKind.ARMED_FORCES, OrganizationKind.of("rebel-group"),
      OrganizationKind.of("political-militia"), OrganizationKind.of("identity-militia"));
  private static final OrganizationKind EXTERNAL = OrganizationKind.of("external-force");

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> required() {
    return REQUIRED;
  }

  @Override
  public EventRecord read(CsvRow row, LossReport report) {
    Map<String, JsonValue> ext = new LinkedHashMap<>();
    for (String c : KEPT) {
      Extensions.keep(ext, PREFIX, c, row.get(c));
    }
    String sub = row.required("sub_event_type");
    KindAndMode kind = AcledEventTypes.bySubEventType(sub.trim()).map(AcledEventTypes.Row::plover)
        .orElseGet(() -> {
          report.add("sub_event_type", "not in the codebook; the kind made of its name");
          return KindAndMode.of(dev.sitrep.core.event.EventKind.of(Slugs.slug(sub)));
        });
    Map<EntityId, Actor> actors = new LinkedHashMap<>();
    List<Participant> participants = new ArrayList<>();
    actor(row.get("actor1"), row.get("inter1"), Sides.SIDE_A, actors, participants);
    for (String a : split(row.get("assoc_actor_1"))) {
      actor(a, "", Sides.SIDE_A_ASSOCIATE, actors, participants);
    }
    actor(row.get("actor2"), row.get("inter2"), Sides.SIDE_B, actors, participants);
    for (String a : split(row.get("assoc_actor_2"))) {
      actor(a, "", Sides.SIDE_B_ASSOCIATE, actors, participants);
    }
    Optional<State> country = Countries.find(row.required("country"));
    Optional<Place> place = country.map(c -> place(row, c));
    if (country.isPresent()) {
      actors.putIfAbsent(country.get().id(), country.get());
    } else {
      for (String c : PLACE) {
        Extensions.keep(ext, PREFIX, c, row.get(c));
      }
      report.add("country", "no state sitrep knows: the place kept as extensions org.acled.<column>,"
          + " not made up");
    }
    List<Source> sources = new ArrayList<>();
    List<Attribution> attributions = new ArrayList<>();
    for (String s : split(row.get("source"))) {
      Source src = source(s);
      if (sources.stream().noneMatch(x -> x.id().equals(src.id()))) {
        sources.add(src);
        attributions.add(Attribution.of(Ref.to(src), Hedge.REPORTED));
      }
    }
    dev.sitrep.core.event.ImmutableGeneralEvent.Builder b = GeneralEvent.builder()
        .id(RowIds.read(row.required("event_id_cnty"), ID_PREFIX, "event_id_cnty"))
        .title(sub + ": " + placeName(row::get)).kind(kind.kind()).mode(kind.mode())
        .when(Period.at(time(row))).addAllPlaces(place.stream().toList())
        .addAllParticipants(participants)
        .addAllAttributions(attributions).putAllExtensions(ext);
    if (!row.get("notes").isEmpty()) {
      b.description(row.get("notes"));
    }
    long fatalities = row.count("fatalities");
    if (fatalities >= 0) {
      b.addImpacts(Claim.of(Impact.of(ImpactKind.KILLED, UncertainCount.exactly(fatalities)),
          Attribution.of(Ref.to(ACLED), Hedge.ESTIMATED)));
      sources.add(ACLED);
    }
    return new EventRecord(b.build(), List.copyOf(actors.values()), sources);
  }

  /** @return the source a name in the column {@code source} is read as */
  private static Source source(String name) {
    return Source.builder().id(Slugs.id("source", name)).kind(SourceKind.ARTICLE).publisher(name)
        .build();
  }

  /**
   * @return the row's event_date, as ACLED's API writes it ({@code 2025-09-12}) or its export
   *     tool's CSV ({@code 12 September 2025})
   */
  static LocalDate eventDate(CsvRow row) {
    String v = row.required("event_date").trim();
    try {
      return Days.held(v.indexOf('-') == 4 ? LocalDate.parse(v) : LocalDate.parse(v, IN_WORDS),
          "event_date");
    } catch (DateTimeParseException e) {
      throw new InvalidDataException("event_date", "must be a date as ACLED writes it,"
          + " 2025-09-12 or 12 September 2025, was '" + v + "'");
    }
  }

  private static TimePoint time(CsvRow row) {
    LocalDate d = eventDate(row);
    switch (row.code("time_precision", 3)) {
      case 1:
        return TimePoint.of(d);
      case 2:
        return TimePoint.week(d.get(IsoFields.WEEK_BASED_YEAR),
            d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      default:
        return TimePoint.month(d.getYear(), d.getMonthValue());
    }
  }

  /** @return the name of a row's place: its location, else admin2, admin1 or country */
  private static String placeName(java.util.function.Function<String, String> cells) {
    return first(cells.apply("location"), cells.apply("admin2"), cells.apply("admin1"),
        cells.apply("country"));
  }

  private static Place place(CsvRow row, State country) {
    dev.sitrep.core.geo.ImmutablePlace.Builder p = Place.builder().name(placeName(row::get))
        .country(Ref.to(country))
        .precision(switch (row.code("geo_precision", 3)) {
          case 1 -> PlacePrecision.SETTLEMENT;
          case 2 -> PlacePrecision.NEAR;
          default -> PlacePrecision.REGION;
        });
    if (!row.get("admin1").isEmpty()) {
      p.admin1(row.get("admin1"));
    }
    if (!row.get("admin2").isEmpty()) {
      p.admin2(row.get("admin2"));
    }
    point(row, "latitude", "longitude").ifPresent(p::point);
    return p.build();
  }

  /** @return the point of two columns, when both have a value */
  static Optional<GeoPoint> point(CsvRow row, String lat, String lon) {
    double la = row.number(lat);
    double lo = row.number(lon);
    if (Double.isNaN(la) != Double.isNaN(lo)) {
      throw new InvalidDataException(Double.isNaN(la) ? lat : lon,
          "must be given with " + (Double.isNaN(la) ? lon : lat) + ", or both left empty");
    }
    if (Double.isNaN(la)) {
      return Optional.empty();
    }
    try {
      return Optional.of(GeoPoint.of(la, lo));
    } catch (InvalidDataException e) {
      throw new InvalidDataException(e.path().equals("lat") ? lat : lon, e.rule());
    }
  }

  private static String first(String... values) {
    for (String v : values) {
      if (!v.isEmpty()) {
        return v;
      }
    }
    return values[values.length - 1];
  }

  /** @return names as a cell that {@link #split} reads, counting a name it would not read back */
  private static String join(List<String> names, String column, LossReport report) {
    Set<String> seen = new java.util.HashSet<>();
    for (String n : names) {
      if (!split(n).equals(List.of(n))) {
        report.add(column, "a name with ';' or white space around it is read back otherwise");
      } else if (!seen.add(Slugs.slug(n))) {
        report.add(column, "a name twice (or two of one id) is read back once");
      }
    }
    return String.join("; ", names);
  }

  static List<String> split(String cell) {
    List<String> parts = new ArrayList<>();
    for (String s : cell.split(";")) {
      if (!s.isBlank()) {
        parts.add(s.trim());
      }
    }
    return parts;
  }

  private static void actor(String name, String inter, ParticipantRole role,
      Map<EntityId, Actor> actors, List<Participant> participants) {
    if (name.isEmpty()) {
      if (!inter.isEmpty() && !inter.equals("0")) {
        throw new InvalidDataException(role.equals(Sides.SIDE_A) ? "actor1" : "actor2",
            "must name the actor whose type " + (role.equals(Sides.SIDE_A) ? "inter1" : "inter2")
                + " gives");
      }
      return;
    }
    EntityId id = Slugs.id("actor", name);
    Map<String, JsonValue> ext = new LinkedHashMap<>();
    Extensions.keep(ext, PREFIX, "inter", inter);
    int code = interCode(inter, role.equals(Sides.SIDE_A) ? "inter1" : "inter2");
    OrganizationKind kind = code >= 1 && code <= 4 ? INTER_KINDS.get(code - 1)
        : code == 8 ? EXTERNAL : null;
    Actor actor = kind != null
        ? Organization.builder().id(id).name(name).kind(kind).putAllExtensions(ext).build()
        : Collective.builder().id(id).name(name).putAllExtensions(ext).build();
    actors.putIfAbsent(id, actor);
    Participant p = Participant.of(Ref.to(actor), role);
    if (!participants.contains(p)) {
      participants.add(p);
    }
  }

  /** @return the inter code of a cell: 1 to 8 by number or label, 0 for none */
  static int interCode(String cell, String column) {
    String inter = cell.trim();
    if (inter.isEmpty() || inter.equals("0")) {
      return 0;
    }
    for (int i = 0; i < INTER.size(); i++) {
      if (inter.equals(String.valueOf(i + 1)) || inter.equalsIgnoreCase(INTER.get(i))) {
        return i + 1;
      }
    }
    throw new InvalidDataException(column, "must be an actor type of the codebook, 1 to 8 or "
        + String.join(", ", INTER) + ", was '" + inter + "'");
  }

  @Override
  public String[] write(EventRecord r, LossReport report) {
    Event e = r.event();
    Optional<KindAndMode> kind = PloverCategories.forWriting(e, report);
    if (kind.isEmpty()) {
      return null;
    }
    Map<String, String> cells = new LinkedHashMap<>();
    if (!date(e, cells, report)) {
      return null;
    }
    Optional<Place> place = EventParts.firstPlace(e, report);
    boolean keptPlace = place.isEmpty() && Extensions.text(e, PREFIX + "country").isPresent();
    if (!keptPlace && (place.isEmpty() || place.get().country().isEmpty())) {
      report.add("places", "an ACLED row needs a place in one country; event skipped");
      return null;
    }
    if (Sides.of(e.participants(), true).a() == null) {
      report.add("participants", "an ACLED row needs an actor1; event skipped");
      return null;
    }
    EventParts.reportUnwritten(e, report);
    EventParts.reportExtensions(e, PREFIX, keptPlace ? KEPT_WITH_PLACE : KEPT_SET, report);
    cells.put("event_id_cnty", RowIds.write(e.id(), ID_PREFIX, true, "event_id_cnty", report));
    for (String c : KEPT) {
      Extensions.text(e, PREFIX + c).ifPresent(v -> cells.put(c, v));
    }
    if (!cells.containsKey("sub_event_type")) {
      Optional<AcledEventTypes.Row> t = AcledEventTypes.byPlover(kind.get());
      if (t.isEmpty() || !t.get().plover().equals(kind.get())) {
        report.add("sub_event_type", "no sub-event type of " + kind.get() + "; written as "
            + t.map(AcledEventTypes.Row::subEventType).orElse("Other"));
      }
      cells.put("event_type", t.map(AcledEventTypes.Row::eventType)
          .orElse(AcledEventTypes.STRATEGIC));
      cells.put("sub_event_type", t.map(AcledEventTypes.Row::subEventType).orElse("Other"));
    } else if (!cells.containsKey("event_type")) {
      cells.put("event_type", AcledEventTypes.bySubEventType(cells.get("sub_event_type"))
          .map(AcledEventTypes.Row::eventType).orElse(""));
    }
    actors(r, cells, report);
    if (keptPlace) {
      for (String c : PLACE) {
        Extensions.text(e, PREFIX + c).ifPresent(v -> cells.put(c, v));
      }
    } else {
      place(r, place.get(), cells, report);
    }
    List<String> sources = EventParts.sourceNames(r, DATASET, report);
    cells.put("source", join(sources, "source", report));
    for (Attribution a : e.attributions()) {
      Optional<Source> src = r.source(a.source().id());
      if (src.isPresent() && !src.get().id().equals(DATASET)
          && sources.stream().map(AcledMapping::source).noneMatch(src.get()::equals)) {
        report.add("attributions.source", "a source is read back as its name, a publisher;"
            + " the rest dropped");
      }
    }
    e.description().ifPresent(d -> cells.put("notes", d));
    fatalities(e, cells, report);
    if (!e.title().equals(cells.get("sub_event_type") + ": "
        + placeName(c -> cells.getOrDefault(c, "")))) {
      report.add("title", "ACLED has no title; dropped");
    }
    String[] row = new String[COLUMNS.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = cells.getOrDefault(COLUMNS.get(i), "");
    }
    return row;
  }

  private static boolean date(Event e, Map<String, String> cells, LossReport report) {
    if (e.when().isEmpty()) {
      report.add("when", "an ACLED row needs a date; event skipped");
      return false;
    }
    Period p = e.when().get();
    TimePoint t = p.start();
    if (p.end().isPresent() && !p.end().get().equals(t)) {
      report.add("when.end", "an ACLED row has one date; the end dropped");
    } else if (p.end().isEmpty()) {
      report.add("when.end", "a period with no end read back as its start only");
    }
    if (t.zone().isPresent()) {
      report.add("when.zone", "ACLED dates have no zone; dropped");
    }
    LocalDate d;
    int precision;
    switch (t.precision()) {
      case DAY -> {
        d = (LocalDate) t.value();
        precision = 1;
      }
      case INSTANT -> {
        d = ((OffsetDateTime) t.value()).toLocalDate();
        precision = 1;
        report.add("when", "an instant written as its day");
      }
      case WEEK -> {
        d = ((LocalDate) t.value()).plusDays(2);
        precision = 2;
      }
      case DAY_RANGE -> {
        LocalDate first = (LocalDate) t.value();
        LocalDate last = t.through().orElseThrow();
        boolean sameWeek = first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
            == last.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
            && first.get(IsoFields.WEEK_BASED_YEAR) == last.get(IsoFields.WEEK_BASED_YEAR);
        if (sameWeek) {
          d = first.with(java.time.DayOfWeek.WEDNESDAY);
          precision = 2;
          report.add("when", "a range of days written as its week");
        } else if (YearMonth.from(first).equals(YearMonth.from(last))) {
          d = first.withDayOfMonth(15);
          precision = 3;
          report.add("when", "a range of days written as its month");
        } else {
          report.add("when", "a range of days across months has no time_precision; event skipped");
          return false;
        }
      }
      case MONTH -> {
        d = ((YearMonth) t.value()).atDay(15);
        precision = 3;
      }
      default -> {
        report.add("when", "a year has no time_precision; event skipped");
        return false;
      }
    }
    cells.put("event_date", d.toString());
    cells.put("year", String.valueOf(d.getYear()));
    cells.put("time_precision", String.valueOf(precision));
    return true;
  }

  private static void actors(EventRecord r, Map<String, String> cells, LossReport report) {
    Sides s = Sides.of(r.event().participants(), true);
    side(r, s.a(), Sides.SIDE_A, "actor1", "inter1", cells, report);
    side(r, s.b(), Sides.SIDE_B, "actor2", "inter2", cells, report);
    cells.put("assoc_actor_1", names(r, s.aAssociates(), "assoc_actor_1", report));
    cells.put("assoc_actor_2", names(r, s.bAssociates(), "assoc_actor_2", report));
    if (!s.rest().isEmpty()) {
      report.add("participants", "no column for a third main actor; dropped");
    }
    if (!cells.containsKey("interaction") && !cells.get("inter1").isEmpty()) {
      cells.put("interaction", cells.get("inter1")
          + (cells.get("inter2").isEmpty() ? " only" : "-" + cells.get("inter2")));
    }
  }

  private static String names(EventRecord r, List<Participant> ps, String column,
      LossReport report) {
    List<String> names = new ArrayList<>();
    for (Participant p : ps) {
      names.add(Sides.name(r, p.actor(), column, report));
    }
    return join(names, column, report);
  }

  private static void side(EventRecord r, Participant p, ParticipantRole native_, String column,
      String interColumn, Map<String, String> cells, LossReport report) {
    if (p == null) {
      cells.put(column, "");
      cells.put(interColumn, "");
      return;
    }
    if (!p.role().equals(native_)) {
      report.add("participants.role", "'" + p.role().code() + "' written as " + column);
    }
    cells.put(column, Sides.name(r, p.actor(), column, report));
    Optional<Actor> actor = r.actor(p.actor().id());
    String inter = actor.flatMap(a -> Extensions.text(a, PREFIX + "inter"))
        .orElseGet(() -> actor.map(AcledMapping::interOf).orElse(""));
    if (inter.isEmpty()) {
      report.add(interColumn, "the actor's type is none of ACLED's; left empty");
    }
    cells.put(interColumn, inter);
  }

  /** @return the ACLED actor type of an actor, by its kind, or "" */
  private static String interOf(Actor a) {
    if (a instanceof State) {
      return INTER.get(0);
    }
    if (a instanceof Organization o) {
      int i = INTER_KINDS.indexOf(o.kind());
      if (i >= 0) {
        return INTER.get(i);
      }
      if (o.kind().equals(EXTERNAL)) {
        return INTER.get(7);
      }
      if (o.kind().equals(OrganizationKind.MILITARY_UNIT)
          || o.kind().equals(OrganizationKind.SECURITY_SERVICE)) {
        return INTER.get(0);
      }
    }
    return "";
  }

  private static void place(EventRecord r, Place p, Map<String, String> cells,
      LossReport report) {
    cells.put("country", EventParts.countryName(r, p.country().orElseThrow(), "country",
        report));
    p.admin1().ifPresent(a -> cells.put("admin1", a));
    p.admin2().ifPresent(a -> cells.put("admin2", a));
    cells.put("location", p.name());
    p.point().ifPresent(g -> {
      cells.put("latitude", String.valueOf(g.lat()));
      cells.put("longitude", String.valueOf(g.lon()));
    });
    int code = switch (p.precision()) {
      case EXACT, SETTLEMENT -> 1;
      case NEAR, DISTRICT -> 2;
      default -> 3;
    };
    if (p.precision() != PlacePrecision.SETTLEMENT && p.precision() != PlacePrecision.NEAR
        && p.precision() != PlacePrecision.REGION) {
      report.add("geo_precision", "'" + p.precision().name().toLowerCase(Locale.ROOT)
          + "' written as " + code + ", read back as "
          + (code == 1 ? "settlement" : code == 2 ? "near" : "region"));
    }
    cells.put("geo_precision", String.valueOf(code));
  }

  private static void fatalities(Event e, Map<String, String> cells, LossReport report) {
    List<Claim<Impact>> killed = EventParts.overall(e, ImpactKind.KILLED);
    for (Claim<Impact> c : e.impacts()) {
      if (!killed.contains(c) || c != killed.get(0)) {
        report.add("impacts", c.value().kind().code()
            + (killed.contains(c) ? ": a further claim" : "") + " has no ACLED column; dropped");
      }
    }
    if (killed.isEmpty()) {
      return;
    }
    Claim<Impact> c = killed.get(0);
    if (c.id().isPresent() || c.supersedes().isPresent()) {
      report.add("impacts.id", "no column for a claim's id; dropped");
    }
    if (!c.attribution().source().id().equals(DATASET)) {
      report.add("impacts.attribution", "fatalities are ACLED's estimate; the source dropped");
    } else {
      EventParts.reportAttribution(c.attribution(), Hedge.ESTIMATED, "impacts.attribution",
          report);
    }
    cells.put("fatalities", String.valueOf(
        EventParts.wholeNumber(c.value().count(), "fatalities", report)));
  }
}
