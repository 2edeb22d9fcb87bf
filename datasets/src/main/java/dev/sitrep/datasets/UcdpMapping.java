package dev.sitrep.datasets;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Collective;
import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.actor.OrganizationKind;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.event.AffectedGroup;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.EventKind;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.Impact;
import dev.sitrep.core.event.ImpactKind;
import dev.sitrep.core.event.Participant;
import dev.sitrep.core.event.ParticipantRole;
import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.geo.AreaKind;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.geo.PlacePrecision;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.provenance.SourceKind;
import dev.sitrep.core.quantity.Qualifier;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * UCDP's Georeferenced Event Dataset as CSV, the 49 columns of the UCDP GED Codebook version 24.1.
 * Column by column:
 *
 * <ul>
 *   <li>{@code id}: the id {@code event/ucdp-ged-<id>}; an id of sitrep's own (with a {@code /})
 *       is written and read as it is.
 *   <li>{@code type_of_violence}: 1 state-based conflict and 2 non-state conflict are ASSAULT; 3
 *       one-sided violence is ASSAULT / targeted (PLOVER's "deliberate mass killings of
 *       defenseless actors"); kept as an extension too. Written without it: ASSAULT / targeted as
 *       3, ASSAULT as 1 where side A is a state or government, else 2; any other kind left
 *       empty (counted).
 *   <li>{@code date_start}, {@code date_end}, {@code date_prec}: 1 (the day known) a day; 2 (a
 *       range of 2–6 days) the range of days; 3 (the week) the ISO week; 4 (8–30 days, or the
 *       month) the month; 5 (more than a month, or the year) the year; where the dates do not lie
 *       within one week, month or year, the days from start to end.
 *   <li>{@code side_a}, {@code side_b}: participants of roles {@code side-a}, {@code side-b};
 *       "Government of …" an organization of kind government, "Civilians" a collective, any
 *       other an organization of kind {@code armed-group}.
 *   <li>{@code where_prec}: 1 exact, 2 near (within 25 km of a known point), 3 district (second
 *       order administrative division), 4 region (first order), 5 area (a linear feature or an
 *       area larger than a region), 6 country, 7 area in international waters or airspace (the
 *       place then has no country; {@code country} is kept as an extension);
 *       {@code where_coordinates} the place's name, {@code adm_1}, {@code adm_2},
 *       {@code latitude}, {@code longitude}, {@code country}; {@code geom_wkt} is derived. A
 *       country of no state sitrep knows (Kosovo) makes no place: the place's columns are kept as
 *       extensions {@code se.uu.ucdp.<column>} (counted), and written back.
 *   <li>{@code best}, {@code low}, {@code high}: a claim of people killed, lower {@code low}, best
 *       {@code best}, upper {@code high} (exactly, where all three agree), estimated by UCDP
 *       ({@code source/ucdp-ged}); {@code deaths_a}, {@code deaths_b}, {@code deaths_civilians},
 *       {@code deaths_unknown} claims of exactly so many killed of side A, side B, civilians and
 *       group {@code unknown}.
 *   <li>{@code source_headline}, {@code source_office}: a source of the event (title, publisher),
 *       reported; {@code source_article}, {@code source_date}, {@code source_original},
 *       {@code number_of_sources} kept on that source as extensions.
 *   <li>{@code year} is derived; the other columns (relid, active_year, code_status, the
 *       conflict's and dyad's ids and names, the sides' ids, where_description, priogrid_gid,
 *       country_id, region, event_clarity, gwnoa, gwnob) are kept as extensions
 *       {@code se.uu.ucdp.<column>} on the event and written back.
 * </ul>
 *
 * <p>The title, which UCDP has none of, is the dyad's name, else "side A – side B".
 */
final class UcdpMapping implements CsvMapping {
  static final String PREFIX = "se.uu.ucdp.";
  static final EntityId DATASET = EntityId.of("source/ucdp-ged");
  private static final Source UCDP = Source.builder().id(DATASET).kind(SourceKind.DATASET)
      .title("UCDP Georeferenced Event Dataset").publisher("Uppsala Conflict Data Program")
      .build();
  private static final String ID_PREFIX = "event/ucdp-ged-";
  private static final List<String> COLUMNS = List.of("id", "relid", "year", "active_year",
      "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id", "conflict_name",
      "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a",
      "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources", "source_article",
      "source_office", "source_date", "source_headline", "source_original", "where_prec",
      "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude",
      "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity",
      "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians",
      "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob");
  private static final Map<String, Integer> INDEX = java.util.stream.IntStream
      .range(0, COLUMNS.size()).boxed()
      .collect(java.util.stream.Collectors.toMap(COLUMNS::get, i -> i));
  private static final List<String> REQUIRED = List.of("id", "type_of_violence", "side_a",
      "where_prec", "country", "date_prec", "date_start", "date_end", "best");
  private static final List<String> KEPT = List.of("relid", "active_year", "code_status",
      "type_of_violence", "conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id",
      "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_b_dset_id",
      "side_b_new_id", "where_description", "priogrid_gid", "country_id", "region",
      "event_clarity", "gwnoa", "gwnob");
  /** The extensions written back: the kept columns, and the country of a place in none. */
  private static final Set<String> KEPT_SET = java.util.stream.Stream.concat(KEPT.stream(),
      java.util.stream.Stream.of("country")).collect(java.util.stream.Collectors.toSet());
  /** The columns of the place, kept as extensions where the country is no state sitrep knows. */
  private static final List<String> PLACE = List.of("country", "where_prec",
      "where_coordinates", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt");
  private static final Set<String> KEPT_WITH_PLACE = java.util.stream.Stream.concat(
      KEPT_SET.stream(), PLACE.stream()).collect(java.util.stream.Collectors.toSet());
  private static final List<String> SOURCE_KEPT = List.of("source_article", "source_date",
      "source_original", "number_of_sources");
  static final KindAndMode ONE_SIDED = KindAndMode.of(EventKind.ASSAULT, "targeted");
  static final AffectedGroup UNKNOWN = AffectedGroup.of("unknown");
  private static final OrganizationKind ARMED_GROUP = OrganizationKind.of("armed-group");

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
    KindAndMode kind = row.code("type_of_violence", 3) == 3 ? ONE_SIDED
        : KindAndMode.of(EventKind.ASSAULT);
    Map<EntityId, Actor> actors = new LinkedHashMap<>();
    Actor a = side(row.required("side_a"));
    actors.put(a.id(), a);
    List<Participant> participants = new ArrayList<>();
    participants.add(Participant.of(Ref.to(a), Sides.SIDE_A));
    Actor b = row.get("side_b").isEmpty() ? null : side(row.get("side_b"));
    if (b != null) {
      actors.putIfAbsent(b.id(), b);
      participants.add(Participant.of(Ref.to(b), Sides.SIDE_B));
    }
    Optional<State> country = Countries.find(row.required("country"));
    int wherePrec = row.code("where_prec", 7);
    Optional<Place> place = Optional.empty();
    if (wherePrec == 7) {
      Extensions.keep(ext, PREFIX, "country", row.get("country"));
      place = Optional.of(place(row, wherePrec, Optional.empty()));
    } else if (country.isPresent()) {
      actors.putIfAbsent(country.get().id(), country.get());
      place = Optional.of(place(row, wherePrec, country));
    } else {
      for (String c : PLACE) {
        Extensions.keep(ext, PREFIX, c, row.get(c));
      }
      report.add("country", "no state sitrep knows: the place kept as extensions"
          + " se.uu.ucdp.<column>, not made up");
    }
    List<Source> sources = new ArrayList<>();
    List<Attribution> attributions = new ArrayList<>();
    source(row).ifPresent(s -> {
      sources.add(s);
      attributions.add(Attribution.of(Ref.to(s), Hedge.REPORTED));
    });
    String title = first(row.get("dyad_name"), a.name() + (b == null ? "" : " – " + b.name()));
    dev.sitrep.core.event.ImmutableGeneralEvent.Builder e = GeneralEvent.builder()
        .id(RowIds.read(row.required("id"), ID_PREFIX, "id")).title(title)
        .kind(kind.kind()).mode(kind.mode()).when(when(row)).addAllPlaces(place.stream().toList())
        .addAllParticipants(participants).addAllAttributions(attributions).putAllExtensions(ext);
    e.addImpacts(estimate(Impact.of(ImpactKind.KILLED, deaths(row))));
    deathsOf(row, "deaths_a", Impact.builder().affectedActor(Ref.to(a)), e);
    if (b != null) {
      deathsOf(row, "deaths_b", Impact.builder().affectedActor(Ref.to(b)), e);
    }
    deathsOf(row, "deaths_civilians", Impact.builder().affected(AffectedGroup.CIVILIANS), e);
    deathsOf(row, "deaths_unknown", Impact.builder().affected(UNKNOWN), e);
    sources.add(UCDP);
    return new EventRecord(e.build(), List.copyOf(actors.values()), sources);
  }

  private static String first(String a, String b) {
    return a.isEmpty() ? b : a;
  }

  private static Claim<Impact> estimate(Impact i) {
    return Claim.of(i, Attribution.of(Ref.to(UCDP), Hedge.ESTIMATED));
  }

  private static void deathsOf(CsvRow row, String column, dev.sitrep.core.event.ImmutableImpact.Builder impact,
      dev.sitrep.core.event.ImmutableGeneralEvent.Builder e) {
    long n = row.count(column);
    if (n >= 0) {
      e.addImpacts(estimate(impact.kind(ImpactKind.KILLED).count(UncertainCount.exactly(n))
          .build()));
    }
  }

  private static UncertainCount deaths(CsvRow row) {
    long best = row.count("best");
    long low = row.count("low");
    long high = row.count("high");
    if ((low < 0 || low == best) && (high < 0 || high == best)) {
      return UncertainCount.exactly(best);
    }
    if ((low >= 0 && low > best) || (high >= 0 && high < best)) {
      throw new InvalidDataException("best", "must lie from low to high (low=" + low + ", best="
          + best + ", high=" + high + ")");
    }
    dev.sitrep.core.quantity.ImmutableUncertainCount.Builder c = UncertainCount.builder().best(best).lower(Math.max(low, 0))
        .qualifier(high >= 0 ? Qualifier.BETWEEN : Qualifier.AT_LEAST);
    if (high >= 0) {
      c.upper(high);
    }
    return c.build();
  }

  private static Actor side(String name) {
    EntityId id = Slugs.id("actor", name);
    if (name.equalsIgnoreCase("Civilians")) {
      return Collective.builder().id(id).name(name).build();
    }
    return Organization.builder().id(id).name(name).kind(name.startsWith("Government of ")
        ? OrganizationKind.GOVERNMENT : ARMED_GROUP).build();
  }

  private static Period when(CsvRow row) {
    LocalDate start = row.date("date_start");
    LocalDate end = row.date("date_end");
    if (end.isBefore(start)) {
      throw new InvalidDataException("date_end", "must not be before date_start (date_start="
          + start + ", date_end=" + end + ")");
    }
    return when(start, end, row.code("date_prec", 5));
  }

  /** @return the period that {@code date_start}, {@code date_end} and {@code date_prec} give */
  private static Period when(LocalDate start, LocalDate end, int prec) {
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    if (prec == 1 && days == 1) {
      return Period.at(TimePoint.of(start));
    } else if (prec == 2 && days >= 2 && days <= TimePoint.MAX_RANGE_DAYS) {
      return Period.at(TimePoint.days(start, end));
    } else if (prec == 3 && start.get(IsoFields.WEEK_BASED_YEAR) == end.get(IsoFields.WEEK_BASED_YEAR)
        && start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
        == end.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)) {
      return Period.at(TimePoint.week(start.get(IsoFields.WEEK_BASED_YEAR),
          start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    } else if (prec == 4 && YearMonth.from(start).equals(YearMonth.from(end))) {
      return Period.at(TimePoint.month(start.getYear(), start.getMonthValue()));
    } else if (prec == 5 && start.getYear() == end.getYear()) {
      return Period.at(TimePoint.year(start.getYear()));
    }
    return days == 1 ? Period.at(TimePoint.of(start))
        : Period.between(TimePoint.of(start), TimePoint.of(end));
  }

  private static Place place(CsvRow row, int wherePrec, Optional<State> country) {
    String name = first(row.get("where_coordinates"), first(row.get("adm_2"),
        first(row.get("adm_1"), row.get("country"))));
    dev.sitrep.core.geo.ImmutablePlace.Builder p = Place.builder().name(name).precision(switch (wherePrec) {
      case 1 -> PlacePrecision.EXACT;
      case 2 -> PlacePrecision.NEAR;
      case 3 -> PlacePrecision.DISTRICT;
      case 4 -> PlacePrecision.REGION;
      case 6 -> PlacePrecision.COUNTRY;
      default -> PlacePrecision.AREA;
    });
    if (wherePrec == 7) {
      p.areaKind(AreaKind.INTERNATIONAL_WATERS);
    } else {
      p.country(Ref.to(country.orElseThrow()));
    }
    if (!row.get("adm_1").isEmpty()) {
      p.admin1(row.get("adm_1"));
    }
    if (!row.get("adm_2").isEmpty()) {
      p.admin2(row.get("adm_2"));
    }
    AcledMapping.point(row, "latitude", "longitude").ifPresent(p::point);
    return p.build();
  }

  /** @return the cells as the row they will be read as */
  private static CsvRow row(Map<String, String> cells) {
    return new CsvRow(INDEX, COLUMNS.stream().map(c -> cells.getOrDefault(c, ""))
        .toArray(String[]::new));
  }

  private static Optional<Source> source(CsvRow row) {
    String headline = row.get("source_headline");
    String office = row.get("source_office");
    Map<String, JsonValue> ext = new LinkedHashMap<>();
    for (String c : SOURCE_KEPT) {
      Extensions.keep(ext, PREFIX, c, row.get(c));
    }
    if (headline.isEmpty() && office.isEmpty() && ext.isEmpty()) {
      return Optional.empty();
    }
    dev.sitrep.core.provenance.ImmutableSource.Builder s = Source.builder()
        .id(EntityId.of("source/ucdp-ged-" + Slugs.slug(row.required("id"))))
        .kind(SourceKind.ARTICLE).putAllExtensions(ext);
    if (!headline.isEmpty()) {
      s.title(headline);
    }
    if (!office.isEmpty()) {
      s.publisher(office);
    }
    return Optional.of(s.build());
  }

  @Override
  public String[] write(EventRecord r, LossReport report) {
    Event e = r.event();
    Optional<KindAndMode> kind = PloverCategories.forWriting(e, report);
    if (kind.isEmpty()) {
      return null;
    }
    Map<String, String> cells = new LinkedHashMap<>();
    if (!dates(e, cells, report)) {
      return null;
    }
    Optional<Place> place = EventParts.firstPlace(e, report);
    boolean keptPlace = place.isEmpty() && Extensions.text(e, PREFIX + "where_prec").isPresent();
    if (place.isEmpty() && !keptPlace) {
      report.add("places", "a UCDP row needs a place; event skipped");
      return null;
    }
    if (Sides.of(e.participants(), false).a() == null) {
      report.add("participants", "a UCDP row needs a side_a; event skipped");
      return null;
    }
    Optional<String> country = place.flatMap(Place::country)
        .map(c -> EventParts.countryName(r, c, "country", report))
        .or(() -> Extensions.text(e, PREFIX + "country"))
        .or(() -> place.flatMap(pl -> pl.borderStates().stream().findFirst())
            .map(c -> EventParts.stateName(r, c)));
    if (country.isEmpty()) {
      report.add("places", "a UCDP row needs a country; event skipped");
      return null;
    }
    if (EventParts.overall(e, ImpactKind.KILLED).isEmpty()) {
      report.add("impacts", "a UCDP row needs a count of people killed (best); event skipped");
      return null;
    }
    if (!kind.get().kind().equals(EventKind.ASSAULT)) {
      report.add("type_of_violence", "'" + kind.get() + "' is no organized violence;"
          + " event skipped");
      return null;
    }
    EventParts.reportUnwritten(e, report);
    EventParts.reportExtensions(e, PREFIX, keptPlace ? KEPT_WITH_PLACE : KEPT_SET, report);
    cells.put("id", RowIds.write(e.id(), ID_PREFIX, false, "id", report));
    for (String c : KEPT) {
      Extensions.text(e, PREFIX + c).ifPresent(v -> cells.put(c, v));
    }
    Sides s = Sides.of(e.participants(), false);
    side(r, s.a(), Sides.SIDE_A, "side_a", cells, report);
    side(r, s.b(), Sides.SIDE_B, "side_b", cells, report);
    if (!s.rest().isEmpty()) {
      report.add("participants", "no column for a third side; dropped");
    }
    typeOfViolence(r, kind.get(), s, cells, report);
    cells.put("country", country.get());
    if (keptPlace) {
      for (String c : PLACE) {
        Extensions.text(e, PREFIX + c).ifPresent(v -> cells.put(c, v));
      }
    } else {
      place(place.get(), cells, report);
    }
    deaths(r, s, cells, report);
    sources(r, cells, report);
    String title = first(cells.getOrDefault("dyad_name", ""), cells.get("side_a")
        + (cells.get("side_b").isEmpty() ? "" : " – " + cells.get("side_b")));
    if (!e.title().equals(title)) {
      report.add("title", "UCDP has no title; dropped");
    }
    if (e.description().isPresent()) {
      report.add("description", "UCDP has no column for a description; dropped");
    }
    String[] row = new String[COLUMNS.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = cells.getOrDefault(COLUMNS.get(i), "");
    }
    return row;
  }

  /**
   * Writes the type of violence kept on the event where it reads back as the event's kind, else
   * the type of the kind, an assault.
   */
  private static void typeOfViolence(EventRecord r, KindAndMode kind, Sides s,
      Map<String, String> cells, LossReport report) {
    String kept = cells.getOrDefault("type_of_violence", "").trim();
    KindAndMode keptKind = kept.equals("3") ? ONE_SIDED
        : kept.equals("1") || kept.equals("2") ? KindAndMode.of(EventKind.ASSAULT) : null;
    if (kind.equals(keptKind)) {
      return;
    }
    if (!kept.isEmpty()) {
      report.add("extensions", "'" + PREFIX + "type_of_violence' is not the event's kind; the"
          + " kind's written");
    }
    if (kind.equals(ONE_SIDED)) {
      cells.put("type_of_violence", "3");
    } else {
      boolean state = s.a() != null && r.actor(s.a().actor().id()).map(a -> a instanceof State
          || (a instanceof Organization o && o.kind().equals(OrganizationKind.GOVERNMENT)))
          .orElse(false);
      cells.put("type_of_violence", state ? "1" : "2");
      if (kind.mode().isPresent()) {
        report.add("type_of_violence", "the mode '" + kind.mode().get() + "' has no UCDP type;"
            + " dropped");
      }
    }
  }

  private static void side(EventRecord r, Participant p, ParticipantRole native_, String column,
      Map<String, String> cells, LossReport report) {
    if (p == null) {
      cells.put(column, "");
      return;
    }
    if (!p.role().equals(native_)) {
      report.add("participants.role", "'" + p.role().code() + "' written as " + column);
    }
    cells.put(column, Sides.name(r, p.actor(), column, report));
  }

  private static boolean dates(Event e, Map<String, String> cells, LossReport report) {
    if (e.when().isEmpty()) {
      report.add("when", "a UCDP row needs dates; event skipped");
      return false;
    }
    Period p = e.when().get();
    TimePoint start = p.start();
    TimePoint end = p.end().orElse(start);
    if (start.zone().isPresent() || end.zone().isPresent()) {
      report.add("when.zone", "UCDP dates have no zone; dropped");
    }
    if (p.end().isEmpty()) {
      report.add("when.end", "a period with no end written as its start only");
    }
    LocalDate first = firstDay(start, report);
    LocalDate last = lastDay(end, report);
    if (last.isBefore(first)) {
      // days in different zones: the end's falls before the start's
      report.add("when.end", "a day before the start's, in another zone; written as the start's");
      last = first;
    }
    if (last.getYear() > 9999) {
      report.add("when", "a period that ends after the year 9999 has no date_end; event skipped");
      return false;
    }
    int prec;
    if (start.equals(end)) {
      prec = switch (start.precision()) {
        case DAY, INSTANT -> 1;
        case DAY_RANGE -> 2;
        case WEEK -> 3;
        case MONTH -> 4;
        case YEAR -> 5;
      };
    } else {
      long days = ChronoUnit.DAYS.between(first, last) + 1;
      prec = days <= 1 ? 1 : days <= 7 ? 2 : days <= 31 ? 4 : 5;
      if (start.precision() != dev.sitrep.core.time.Precision.DAY
          || end.precision() != dev.sitrep.core.time.Precision.DAY
          || !when(first, last, prec).equals( // what reading the row gives back
              Period.between(TimePoint.of(first), TimePoint.of(last)))) {
        report.add("when", "a period written as the days from date_start to date_end");
      }
    }
    cells.put("date_prec", String.valueOf(prec));
    cells.put("date_start", first.toString());
    cells.put("date_end", last.toString());
    cells.put("year", String.valueOf(first.getYear()));
    return true;
  }

  private static LocalDate firstDay(TimePoint t, LossReport report) {
    return switch (t.precision()) {
      case YEAR -> ((Year) t.value()).atDay(1);
      case MONTH -> ((YearMonth) t.value()).atDay(1);
      case INSTANT -> {
        report.add("when", "an instant written as its day");
        yield ((OffsetDateTime) t.value()).toLocalDate();
      }
      default -> (LocalDate) t.value();
    };
  }

  private static LocalDate lastDay(TimePoint t, LossReport report) {
    return switch (t.precision()) {
      case YEAR -> ((Year) t.value()).atMonth(12).atEndOfMonth();
      case MONTH -> ((YearMonth) t.value()).atEndOfMonth();
      case WEEK -> ((LocalDate) t.value()).plusDays(6);
      case DAY_RANGE -> t.through().orElseThrow();
      case INSTANT -> ((OffsetDateTime) t.value()).toLocalDate();
      default -> (LocalDate) t.value();
    };
  }

  private static void place(Place p, Map<String, String> cells, LossReport report) {
    cells.put("where_coordinates", p.name());
    p.admin1().ifPresent(a -> cells.put("adm_1", a));
    p.admin2().ifPresent(a -> cells.put("adm_2", a));
    p.point().ifPresent(g -> {
      cells.put("latitude", String.valueOf(g.lat()));
      cells.put("longitude", String.valueOf(g.lon()));
      cells.put("geom_wkt", "POINT (" + g.lon() + " " + g.lat() + ")");
    });
    int prec;
    if (p.country().isPresent()) {
      prec = switch (p.precision()) {
        case EXACT -> 1;
        case NEAR, SETTLEMENT -> 2;
        case DISTRICT -> 3;
        case REGION -> 4;
        case AREA -> 5;
        case COUNTRY -> 6;
      };
      if (p.precision() == PlacePrecision.SETTLEMENT) {
        report.add("where_prec", "'settlement' written as 2, read back as near");
      }
    } else {
      prec = 7;
      if (!p.borderStates().isEmpty()) {
        report.add("places.border_states", "no column for a border's states; dropped");
      }
      if (!p.areaKind().equals(Optional.of(AreaKind.INTERNATIONAL_WATERS))) {
        report.add("places.area_kind", "written as where_prec 7, read back as international"
            + " waters");
      }
      if (p.precision() != PlacePrecision.AREA) {
        report.add("where_prec", "'" + p.precision().name().toLowerCase(Locale.ROOT)
            + "' of a place in no country written as 7, read back as area");
      }
    }
    cells.put("where_prec", String.valueOf(prec));
  }

  private static void deaths(EventRecord r, Sides s, Map<String, String> cells,
      LossReport report) {
    List<Claim<Impact>> overall = EventParts.overall(r.event(), ImpactKind.KILLED);
    Set<Claim<Impact>> written = new java.util.HashSet<>();
    if (!overall.isEmpty()) {
      Claim<Impact> c = overall.get(0);
      written.add(c);
      attribution(c, report);
      UncertainCount n = c.value().count();
      if (n.phrase().isPresent()) {
        report.add("best", "the source's phrase dropped");
      }
      long best = n.best().orElse(n.stated().orElse(n.lower()));
      if (n.best().isEmpty() && n.stated().isPresent()
          && n.qualifier() != Qualifier.EXACTLY) {
        report.add("best", "no best guess; the figure stated written as best");
      } else if (n.best().isEmpty() && n.stated().isEmpty()) {
        report.add("best", "no best guess; the lower bound written as best");
      }
      long high = n.upper().orElse(best);
      if (n.upper().isEmpty()) {
        report.add("high", "no upper bound; best written as high");
      }
      long low = Math.min(n.lower(), best);
      cells.put("best", String.valueOf(best));
      cells.put("low", String.valueOf(low));
      cells.put("high", String.valueOf(Math.max(high, best)));
      UncertainCount exact = n.qualifier() == Qualifier.EXACTLY ? UncertainCount.exactly(best) : n;
      if (!exact.equals(readBack(low, best, Math.max(high, best))) && n.phrase().isEmpty()) {
        report.add("best", "the qualifier '" + n.qualifier().name().toLowerCase(Locale.ROOT)
            + "' dropped");
      }
    }
    for (Claim<Impact> c : Claim.current(r.event().impacts())) {
      Impact i = c.value();
      if (written.contains(c) || !i.kind().equals(ImpactKind.KILLED) || !i.people().isEmpty()
          || !i.affectedThings().isEmpty()) {
        continue;
      }
      String column = i.affected().equals(Optional.of(AffectedGroup.CIVILIANS))
          ? "deaths_civilians"
          : i.affected().equals(Optional.of(UNKNOWN)) ? "deaths_unknown"
          : s.a() != null && i.affectedActor().equals(Optional.of(s.a().actor())) ? "deaths_a"
          : s.b() != null && i.affectedActor().equals(Optional.of(s.b().actor())) ? "deaths_b"
          : null;
      if (column != null && !cells.containsKey(column)
          && (i.affected().isEmpty() || i.affectedActor().isEmpty())) {
        written.add(c);
        attribution(c, report);
        cells.put(column, String.valueOf(EventParts.wholeNumber(i.count(), column, report)));
      }
    }
    for (Claim<Impact> c : r.event().impacts()) {
      if (!written.contains(c)) {
        report.add("impacts", c.value().kind().code() + ": no UCDP column for this claim;"
            + " dropped");
      }
    }
  }

  private static UncertainCount readBack(long low, long best, long high) {
    return low == best && high == best ? UncertainCount.exactly(best)
        : UncertainCount.builder().lower(low).best(best).upper(high).qualifier(Qualifier.BETWEEN)
            .build();
  }

  private static void attribution(Claim<Impact> c, LossReport report) {
    if (c.id().isPresent() || c.supersedes().isPresent()) {
      report.add("impacts.id", "no column for a claim's id; dropped");
    }
    if (!c.attribution().source().id().equals(DATASET)) {
      report.add("impacts.attribution", "deaths are UCDP's estimate; the source dropped");
    } else {
      EventParts.reportAttribution(c.attribution(), Hedge.ESTIMATED, "impacts.attribution",
          report);
    }
  }

  private static void sources(EventRecord r, Map<String, String> cells, LossReport report) {
    boolean first = true;
    for (Attribution a : r.event().attributions()) {
      if (a.source().id().equals(DATASET)) {
        continue;
      }
      if (!first) {
        report.add("attributions", "a UCDP row has one source; all but the first dropped");
        continue;
      }
      first = false;
      EventParts.reportAttribution(a, Hedge.REPORTED, "attributions", report);
      Optional<Source> s = r.source(a.source().id());
      if (s.isEmpty()) {
        report.add("attributions.source", "source not in the input; written as its id");
        cells.put("source_office", a.source().id().value());
        continue;
      }
      s.get().title().ifPresent(t -> cells.put("source_headline", t));
      s.get().publisher().ifPresent(t -> cells.put("source_office", t));
      for (String c : SOURCE_KEPT) {
        Extensions.text(s.get(), PREFIX + c).ifPresent(v -> cells.put(c, v));
      }
      boolean told = false;
      if (!s.get().id().value().equals("source/ucdp-ged-" + Slugs.slug(cells.get("id")))) {
        report.add("attributions.source", "the source's id dropped");
        told = true;
      }
      if (!s.get().authors().isEmpty() || s.get().url().isPresent()
          || s.get().published().isPresent()) {
        report.add("attributions.source", "no column for a source's authors, url or date;"
            + " dropped");
        told = true;
      }
      if (!told && !source(row(cells)).equals(s)) {
        report.add("attributions.source", "a source is read back as an article with the"
            + " source columns; the rest dropped");
      }
    }
  }
}
