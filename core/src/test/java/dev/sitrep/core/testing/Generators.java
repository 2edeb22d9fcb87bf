package dev.sitrep.core.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.sitrep.core.Code;
import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.ActorRelation;
import dev.sitrep.core.actor.Collective;
import dev.sitrep.core.actor.ImmutablePerson;
import dev.sitrep.core.actor.ImmutableState;
import dev.sitrep.core.actor.Membership;
import dev.sitrep.core.actor.Name;
import dev.sitrep.core.actor.Office;
import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.actor.OrganizationKind;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.Relation;
import dev.sitrep.core.actor.RelationKind;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.actor.UnrecognizedActor;
import dev.sitrep.core.actor.UnrecognizedRelation;
import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.airspace.Consequence;
import dev.sitrep.core.airspace.ConsequenceKind;
import dev.sitrep.core.airspace.Consultation;
import dev.sitrep.core.airspace.ConsultationStatus;
import dev.sitrep.core.airspace.FlightConduct;
import dev.sitrep.core.airspace.ImmutableResponse;
import dev.sitrep.core.airspace.ImmutableTransit;
import dev.sitrep.core.airspace.Intrusion;
import dev.sitrep.core.airspace.PlatformKind;
import dev.sitrep.core.airspace.Response;
import dev.sitrep.core.airspace.ResponseAction;
import dev.sitrep.core.airspace.Transit;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.AffectedGroup;
import dev.sitrep.core.event.BorderClosure;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.EventKind;
import dev.sitrep.core.event.EventLink;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.ImmutableImpact;
import dev.sitrep.core.event.Impact;
import dev.sitrep.core.event.ImpactKind;
import dev.sitrep.core.event.LinkKind;
import dev.sitrep.core.event.Meeting;
import dev.sitrep.core.event.Participant;
import dev.sitrep.core.event.ParticipantRole;
import dev.sitrep.core.event.Statement;
import dev.sitrep.core.event.Suspicion;
import dev.sitrep.core.event.UnrecognizedEvent;
import dev.sitrep.core.event.Warning;
import dev.sitrep.core.exercise.ExerciseStatus;
import dev.sitrep.core.exercise.ImmutableStrength;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.exercise.Notification;
import dev.sitrep.core.exercise.NotificationChannel;
import dev.sitrep.core.exercise.Strength;
import dev.sitrep.core.exercise.StrengthCategory;
import dev.sitrep.core.exercise.ViennaDocument2011;
import dev.sitrep.core.exercise.ViennaThreshold;
import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.geo.Airspace;
import dev.sitrep.core.geo.AreaKind;
import dev.sitrep.core.geo.GeoPoint;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.geo.PlacePrecision;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.IdScheme;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.prisoner.Charge;
import dev.sitrep.core.prisoner.Pace1900Criterion;
import dev.sitrep.core.prisoner.PoliticalPrisoner;
import dev.sitrep.core.prisoner.PrisonerStatus;
import dev.sitrep.core.prisoner.Recognition;
import dev.sitrep.core.prisoner.RecognitionKind;
import dev.sitrep.core.prisoner.Regime;
import dev.sitrep.core.prisoner.Sentence;
import dev.sitrep.core.prisoner.StatusChange;
import dev.sitrep.core.prisoner.Term;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.ImmutableClaim;
import dev.sitrep.core.provenance.ImmutableSource;
import dev.sitrep.core.provenance.Quote;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.provenance.SourceKind;
import dev.sitrep.core.quantity.Qualifier;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.statistic.ImmutableStatistic;
import dev.sitrep.core.statistic.Metric;
import dev.sitrep.core.statistic.Statistic;
import dev.sitrep.core.thing.Aircraft;
import dev.sitrep.core.thing.Infrastructure;
import dev.sitrep.core.thing.InfrastructureKind;
import dev.sitrep.core.thing.Thing;
import dev.sitrep.core.thing.UnrecognizedThing;
import dev.sitrep.core.thing.Vessel;
import dev.sitrep.core.thing.VesselKind;
import dev.sitrep.core.time.ImmutablePeriod;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import dev.sitrep.core.time.UncertainDuration;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for every sitrep core type: the one place a property test gets its
 * values from, shared with the io module's tests through core's test-jar.
 *
 * <p>Every generator yields only valid values, and covers the awkward ones on purpose: optionals
 * absent and present, empty and non-empty lists, every enum constant, well-known and unknown
 * open-vocabulary codes, non-ASCII text (Cyrillic, diacritics, quotes, backslashes, emoji), all
 * four time precisions (instants with offsets other than UTC), and boundary numbers.
 *
 * <p>A single value refers to any valid id (states are the catalogue's), keeping the rules that
 * are its own: an event never links to itself, a prisoner's history follows the allowed
 * transitions. A {@link #dossiers() dossier} draws its entities first and then every reference
 * from the ids of its own entities of the kind the reference needs, so that all of them resolve.
 */
public final class Generators {
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String UPPER = LOWER.toUpperCase(Locale.ROOT);
  private static final String DIGITS = "0123456789";

  /** Text that has broken serializers and matchers before; every entry is non-blank. */
  private static final List<String> AWKWARD_TEXT = List.of(
      "Лукашэнка",
      "Аляксандр Лукашэнка",
      "Александр Лукашенко",
      "Lukašenka",
      "Łukaszenka",
      "Côte d’Ivoire",
      "Zürich",
      "e\u0301 (e + combining acute)",
      "\"quoted\"",
      "it's",
      "back\\slash \\u0041 \\n",
      "tab\tand\nnewline\r\n",
      "line\u2028separator",
      "\uFEFFbyte order mark",
      "drone \uD83D\uDEE9\uFE0F",
      "\uD83D\uDC4D\uD83C\uDFFD",
      "\uD83C\uDDE7\uD83C\uDDFE",
      "日本語",
      "العربية",
      "  padded  ",
      "x",
      "<b>&amp;</b>",
      "{\"json\": [1, null]}",
      "Zapad-2025");

  /** Code point ranges random text is drawn from; none reaches into the surrogates. */
  private static final List<int[]> SCRIPTS = List.of(
      new int[] {0x20, 0x7E},        // printable ASCII, with quotes and backslashes
      new int[] {0xA0, 0x17F},       // Latin-1 and Latin Extended-A: ü, ł, š
      new int[] {0x300, 0x36F},      // combining diacritical marks
      new int[] {0x400, 0x4FF},      // Cyrillic
      new int[] {0x4E00, 0x4FFF},    // CJK
      new int[] {0x1F300, 0x1F6FF}); // emoji, outside the Basic Multilingual Plane

  private static final String LONGEST_ID = "a-".repeat(99) + "zz";

  private static final List<String> WELL_KNOWN_IDS = List.of(
      "exercise/zapad-2025", "state/blr", "person/alyaksandr-lukashenka", "organization/nato",
      "0", "a", "2025/09/10", LONGEST_ID);

  private static final List<String> UNKNOWN_CODES =
      List.of("militia", "acled", "viasna", "x", "a1-b2-c3", "private-military-company");

  private static final List<String> URLS = List.of(
      "https://www.atlanticcouncil.org/blogs/ukrainealert/zapad-2025/",
      "http://example.org",
      "https://example.org/a/b?c=d&e=%20f#g",
      "https://xn--90ais.xn--p1ai/",
      "http://192.0.2.1:8080/x",
      "https://user@example.org/path;param");

  private static final List<String> LANGUAGES =
      List.of("be", "ru", "pl", "en", "en-GB", "uk", "lt", "sr-Latn", "zh-Hant-TW", "be-tarask");

  private static final List<String> SCRIPT_CODES = List.of("Latn", "Cyrl", "Arab", "Hant", "Zyyy");

  private static final List<String> FIRS = List.of("EPWW", "UMMV", "UUWV", "EYVL", "UKBV");

  private static final List<ZoneOffset> OFFSETS = List.of(
      ZoneOffset.UTC, ZoneOffset.ofHours(1), ZoneOffset.ofHours(3), ZoneOffset.ofHours(-5),
      ZoneOffset.ofHoursMinutes(5, 30), ZoneOffset.ofHoursMinutes(5, 45),
      ZoneOffset.ofHoursMinutes(-9, -30), ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12),
      ZoneOffset.MAX, ZoneOffset.MIN);

  /** Zones of the IANA database: with summer time, with half and quarter hours, at the edges. */
  private static final List<ZoneId> ZONES = List.of("Europe/Warsaw", "Europe/Minsk",
      "America/St_Johns", "Asia/Kathmandu", "Pacific/Tongatapu", "Pacific/Pago_Pago", "UTC",
      "Etc/GMT+12", "America/Port-au-Prince").stream().map(ZoneId::of).collect(Collectors.toList());

  private static final List<Duration> BOUNDARY_DURATIONS = List.of(Duration.ZERO,
      Duration.ofNanos(1), Duration.ofMinutes(50), Duration.ofHours(4), Duration.ofDays(1),
      Duration.ofDays(1).minusNanos(1), Duration.ofDays(7), Duration.ofDays(3_652_059));

  private static final List<String> DURATION_PHRASES = List.of("for about four hours",
      "about 50 minutes", "several hours", "at least a day");

  private static final List<Long> BOUNDARY_COUNTS =
      List.of(0L, 1L, 3L, 4L, 19L, 299L, 300L, 1000L, 1001L, UncertainCount.MAX - 1,
          UncertainCount.MAX);

  /** How many kinds of thing there are: vessels, aircraft, infrastructure. */
  private static final int THING_KINDS = 3;

  /** How many kinds of event there are; {@link #event} makes kind 0 a military exercise. */
  private static final int EVENT_KINDS = 7;
  private static final int EXERCISE = 0;

  /** The minima of the Vienna Document's thresholds, such as 9,000 troops. */
  private static final List<Long> VIENNA_MINIMA = ViennaDocument2011.THRESHOLDS.stream()
      .map(ViennaThreshold::minimum).distinct().sorted().collect(Collectors.toList());

  private static final List<String> COUNT_PHRASES = List.of(
      "at least nineteen", "almost 300", "over a thousand", "a number of", "3 or 4",
      "12,800 declared");

  private Generators() {}

  // ---------------------------------------------------------------- identity

  /** @return slugs such as {@code exercise/zapad-2025}, up to the longest allowed (200) */
  public static Gen<EntityId> entityIds() {
    return Shared.ENTITY_IDS;
  }

  private static Gen<EntityId> newEntityIds() {
    Gen<String> segment = kebab(stringOf(LOWER + DIGITS, 1, 8));
    Gen<String> random = lists().of(segment).ofSizeBetween(1, 4).map(s -> String.join("/", s));
    return oneOf(Generate.pick(WELL_KNOWN_IDS), random).map(EntityId::of);
  }

  /**
   * @param <T> the kind of entity referred to
   * @return references by valid ids
   */
  public static <T extends Entity> Gen<Ref<T>> refs() {
    return entityIds().map(id -> Ref.<T>of(id));
  }

  /** @return external ids of every known scheme, and of unknown schemes with any text */
  public static Gen<ExternalId> externalIds() {
    Gen<ExternalId> wikidata = Generate.pick(List.of("Q", "P"))
        .zip(positiveLongs(), (prefix, n) -> ExternalId.of(IdScheme.WIKIDATA, prefix + n));
    Gen<ExternalId> iso = Generate.pick(isoCodes()).map(ExternalId::iso3166);
    Gen<ExternalId> icao = icaoCodes().map(c -> ExternalId.of(IdScheme.ICAO, c));
    Gen<ExternalId> url = urls().map(u -> ExternalId.of(IdScheme.URL, u));
    Gen<ExternalId> geonames = positiveLongs().map(n -> ExternalId.of(IdScheme.GEONAMES, "" + n));
    Gen<ExternalId> other = codes().map(IdScheme::of)
        .assuming(scheme -> !Code.known(IdScheme.class).contains(scheme))
        .zip(text(), (scheme, value) -> ExternalId.of(scheme, value));
    return oneOf(wikidata, iso, icao, url, geonames, imoNumbers(), other);
  }

  /**
   * IMO numbers: the Eagle S's, the least and the greatest, and any six digits with their check
   * digit (the last digit of the sum of the six multiplied by 7, 6, 5, 4, 3 and 2).
   */
  private static Gen<ExternalId> imoNumbers() {
    Gen<Integer> six = oneOf(Generate.pick(List.of(932976, 0, 999_999)),
        integers().between(0, 999_999));
    return six.map(n -> {
      String digits = String.format(Locale.ROOT, "%06d", n);
      int sum = 0;
      for (int i = 0; i < 6; i++) {
        sum += (digits.charAt(i) - '0') * (7 - i);
      }
      return ExternalId.imo(digits + sum % 10);
    });
  }

  // ---------------------------------------------------------------- time

  /**
   * @return years, months, ISO weeks, ranges of two to seven days, days, each in UTC as often as
   *     in a zone of its own (a region or an offset), and instants (with offsets from -18:00 to
   *     +18:00), 0001–9999
   */
  public static Gen<TimePoint> timePoints() {
    return Shared.TIME_POINTS;
  }

  private static Gen<TimePoint> newTimePoints() {
    Gen<TimePoint> years = years().map(TimePoint::year);
    Gen<TimePoint> months = yearMonths().map(ym -> TimePoint.month(ym.getYear(), ym.getMonthValue()));
    Gen<TimePoint> weeks = in -> {
      int year = years().generate(in);
      int last = (int) IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(year, 1, 4))
          .getMaximum();
      return TimePoint.week(year, oneOf(Generate.pick(List.of(1, last)),
          integers().between(1, last)).generate(in));
    };
    Gen<TimePoint> ranges = in -> {
      LocalDate first = days().generate(in);
      int length = integers().between(2, TimePoint.MAX_RANGE_DAYS).generate(in);
      if (first.plusDays(length - 1).getYear() > 9999) {
        first = first.minusDays(length - 1);
      }
      return TimePoint.days(first, first.plusDays(length - 1));
    };
    Gen<TimePoint> days = days().map(d -> TimePoint.day(d.getYear(), d.getMonthValue(),
        d.getDayOfMonth()));
    Gen<ZoneId> zones = oneOf(Generate.pick(ZONES), Generate.pick(OFFSETS).map(ZoneId.class::cast));
    Gen<TimePoint> calendar = oneOf(years, months, weeks, ranges, days);
    Gen<TimePoint> zoned = calendar.zip(zones, TimePoint::inZone);
    return oneOf(calendar, zoned, instants().map(TimePoint::instant));
  }

  private static Gen<LocalDate> days() {
    return in -> {
      YearMonth ym = yearMonths().generate(in);
      return ym.atDay(integers().between(1, ym.lengthOfMonth()).generate(in));
    };
  }

  /** @return periods closed, open and within a single point, with and without a phrase */
  public static Gen<Period> periods() {
    return in -> {
      TimePoint start = timePoints().generate(in);
      Optional<TimePoint> end;
      switch (integers().between(0, 2).generate(in)) {
        case 0:
          end = Optional.empty();
          break;
        case 1:
          end = Optional.of(start);
          break;
        default:
          end = Optional.of(timePoints().generate(in));
          break;
      }
      if (end.isPresent() && end.get().isBefore(start)) {
        TimePoint earlier = end.get();
        end = Optional.of(start);
        start = earlier;
      }
      Period period = Period.builder().start(start).end(end).phrase(optional(text()).generate(in))
          .build();
      return ImmutablePeriod.copyOf(period)
          .withDuration(optional(uncertainDurations(period.longest())).generate(in));
    };
  }

  /**
   * @return durations of every qualifier, with best and upper absent or present where the
   *     qualifier allows, from zero and a nanosecond to millennia, and the source's phrase or none
   */
  public static Gen<UncertainDuration> uncertainDurations() {
    return uncertainDurations(Optional.empty());
  }

  /** @return durations whose lower bound is at most {@code longest}, so that they fit a period */
  private static Gen<UncertainDuration> uncertainDurations(Optional<Duration> longest) {
    Gen<Duration> durations = oneOf(Generate.pick(BOUNDARY_DURATIONS),
        longs().between(0, 30 * 86_400).zip(oneOf(Generate.pick(List.of(0, 500_000_000)),
            integers().between(0, 999_999_999)), Duration::ofSeconds));
    return in -> {
      Duration[] v = {durations.generate(in), durations.generate(in), durations.generate(in)};
      Arrays.sort(v);
      if (longest.isPresent() && v[0].compareTo(longest.get()) > 0) {
        v[0] = longest.get();
      }
      Qualifier qualifier = Generate.enumValues(Qualifier.class).generate(in);
      if (qualifier == Qualifier.EXACTLY) {
        v = new Duration[] {v[0], v[0], v[0]};
      } else if (qualifier == Qualifier.SOME && v[0].isZero()) {
        if (longest.isPresent() && longest.get().isZero()) {
          qualifier = Qualifier.AT_LEAST;
        } else {
          v = Arrays.stream(v).map(d -> d.isZero() ? Duration.ofNanos(1) : d)
              .toArray(Duration[]::new);
        }
      }
      boolean hasBest = qualifier == Qualifier.ABOUT || booleans().all().generate(in);
      boolean hasUpper = qualifier == Qualifier.EXACTLY || qualifier == Qualifier.ALMOST
          || qualifier == Qualifier.AT_MOST || qualifier == Qualifier.UP_TO
          || qualifier == Qualifier.BETWEEN || booleans().all().generate(in);
      var builder = UncertainDuration.builder().lower(v[0]).qualifier(qualifier)
          .phrase(optional(oneOf(Generate.pick(DURATION_PHRASES), text())).generate(in));
      if (hasBest) {
        builder.best(v[1]);
      }
      if (hasUpper) {
        builder.upper(v[2]);
      }
      return builder.build();
    };
  }

  // ---------------------------------------------------------------- quantity

  /**
   * @return counts of every qualifier, with best and upper absent or present where the qualifier
   *     allows, bounds from 0 to {@link UncertainCount#MAX}, and the source's phrase or none
   */
  public static Gen<UncertainCount> uncertainCounts() {
    return in -> {
      long[] v = {count(in), count(in), count(in)};
      Arrays.sort(v);
      Qualifier qualifier = Generate.enumValues(Qualifier.class).generate(in);
      if (qualifier == Qualifier.EXACTLY) {
        v = new long[] {v[0], v[0], v[0]};
      } else if (qualifier == Qualifier.SOME) {
        v = Arrays.stream(v).map(n -> Math.max(n, 1)).toArray();
      }
      boolean hasBest = qualifier == Qualifier.ABOUT || booleans().all().generate(in);
      boolean hasUpper = qualifier == Qualifier.EXACTLY || qualifier == Qualifier.ALMOST
          || qualifier == Qualifier.AT_MOST || qualifier == Qualifier.UP_TO
          || qualifier == Qualifier.BETWEEN || booleans().all().generate(in);
      var builder = UncertainCount.builder().lower(v[0]).qualifier(qualifier)
          .phrase(optional(oneOf(Generate.pick(COUNT_PHRASES), text())).generate(in));
      if (hasBest) {
        builder.best(v[1]);
      }
      if (hasUpper) {
        builder.upper(v[2]);
      }
      return builder.build();
    };
  }

  // ---------------------------------------------------------------- geo

  /** @return points anywhere, the poles and the antimeridian included */
  public static Gen<GeoPoint> geoPoints() {
    return degrees(90).zip(degrees(180), GeoPoint::of);
  }

  /**
   * @return places in a catalogue state, on the border of two or three, or in no state with an
   *     area kind; with and without a point, admin areas and gazetteer ids; of every precision
   */
  public static Gen<Place> places() {
    return places(Universe.OPEN);
  }

  /**
   * @return airspaces of catalogue states and international ones (with a flight information
   *     region, a name or both), with and without a flight information region and a name
   */
  public static Gen<Airspace> airspaces() {
    return airspaces(Universe.OPEN.states());
  }

  /** @return the well-known area kinds and other codes */
  public static Gen<AreaKind> areaKinds() {
    return oneOf(Generate.pick(Code.known(AreaKind.class)), codes().map(AreaKind::of));
  }

  private static Gen<Place> places(Universe u) {
    return in -> {
      var place = Place.builder()
          .name(text().generate(in))
          .areaKind(optional(areaKinds()).generate(in))
          .admin1(optional(text()).generate(in))
          .admin2(optional(text()).generate(in))
          .point(optional(geoPoints()).generate(in))
          .externalIds(listOf(externalIds(), 2).generate(in));
      int where = integers().between(0, 2).generate(in); // in a country, on a border, in none
      List<Ref<State>> border = where == 1 ? u.states().some(2, 3).generate(in) : List.of();
      if (border.size() >= 2) {
        place.borderStates(border);
      } else if (where == 2) {
        place.areaKind(areaKinds().generate(in));
      } else {
        place.country(u.states().refs().generate(in));
      }
      List<PlacePrecision> precisions = new ArrayList<>(List.of(PlacePrecision.values()));
      if (border.size() >= 2 || where == 2) {
        precisions.remove(PlacePrecision.COUNTRY); // a country's point needs the country
      }
      return place.precision(Generate.pick(precisions).generate(in)).build();
    };
  }

  private static Gen<Airspace> airspaces(Pool<State> states) {
    return in -> {
      Optional<Ref<State>> state = states.maybe().generate(in);
      Optional<String> fir = optional(icaoCodes()).generate(in);
      Optional<String> name = optional(text()).generate(in);
      if (state.isEmpty() && fir.isEmpty() && name.isEmpty()) {
        // international airspace is known by its region or its name
        if (booleans().all().generate(in)) {
          name = Optional.of(text().generate(in));
        } else {
          fir = Optional.of(icaoCodes().generate(in));
        }
      }
      return Airspace.builder().state(state).flightInformationRegion(fir).name(name).build();
    };
  }

  // ---------------------------------------------------------------- provenance

  /** @return sources of well-known and unknown kinds, every optional absent or present */
  public static Gen<Source> sources() {
    return in -> Source.builder()
        .id(entityIds().generate(in))
        .kind(vocabulary(Code.known(SourceKind.class), SourceKind::of).generate(in))
        .title(optional(text()).generate(in))
        .publisher(optional(text()).generate(in))
        .authors(listOf(text(), 3).generate(in))
        .published(optional(timePoints()).generate(in))
        .url(optional(urls()).generate(in))
        .extensions(extensions().generate(in))
        .build();
  }

  /** @return attributions of every hedge, with and without an asserter, description and date */
  public static Gen<Attribution> attributions() {
    return attributions(Universe.OPEN);
  }

  /** @return quotes with and without a language */
  public static Gen<Quote> quotes() {
    return quotes(Universe.OPEN);
  }

  /**
   * @param values what is claimed
   * @param <V> the kind of value claimed
   * @return claims of those values with any attribution, with and without an id, and now and then
   *     superseding another claim's id (never their own)
   */
  public static <V> Gen<Claim<V>> claims(Gen<V> values) {
    return in -> {
      Optional<EntityId> id = optional(entityIds()).generate(in);
      Optional<EntityId> supersedes = optional(entityIds()).generate(in)
          .map(s -> id.isPresent() && s.equals(id.get()) ? avoiding(s, Set.of(s)) : s);
      return Claim.<V>builder().value(values.generate(in)).attribution(attributions().generate(in))
          .id(id).supersedes(supersedes).build();
    };
  }

  /**
   * @param values what is claimed
   * @param <V> the kind of value claimed
   * @return lists of up to four claims about one thing, as a value type keeps them: ids unique
   *     within the list, every {@code supersedes} naming the id of another claim of the list, and
   *     no loop of claims superseding each other
   */
  public static <V> Gen<List<Claim<V>>> claimLists(Gen<V> values) {
    return claimLists(Universe.OPEN, values, 4);
  }

  private static Gen<Attribution> attributions(Universe u) {
    return in -> {
      Optional<Ref<Actor>> by = u.actors().maybe().generate(in);
      return Attribution.builder()
          .source(u.sources().refs().generate(in))
          .assertedBy(by)
          .alsoAssertedBy(by.isEmpty() || integers().between(0, 3).generate(in) > 0 ? List.of()
              : u.actors().without(by.get().id()).some(1, 2).generate(in))
          .assertedByDescription(optional(text()).generate(in))
          .hedge(Generate.enumValues(Hedge.class).generate(in))
          .date(optional(timePoints()).generate(in))
          .build();
    };
  }

  private static Gen<Quote> quotes(Universe u) {
    return in -> Quote.builder()
        .text(text().generate(in))
        .language(optional(languages()).generate(in))
        .attribution(attributions(u).generate(in))
        .build();
  }

  private static <V> Gen<List<Claim<V>>> claimLists(Universe u, Gen<V> values, int maxSize) {
    return in -> {
      int size = integers().between(0, maxSize).generate(in);
      List<Optional<EntityId>> ids = new ArrayList<>();
      Set<EntityId> taken = new HashSet<>();
      for (int i = 0; i < size; i++) {
        ids.add(optional(entityIds()).generate(in).filter(taken::add));
      }
      List<Claim<V>> claims = new ArrayList<>();
      Map<EntityId, EntityId> superseding = new HashMap<>(); // what each claim so far supersedes
      for (int i = 0; i < size; i++) {
        Optional<EntityId> id = ids.get(i);
        // never a claim that leads back to this one: supersession must not loop
        List<EntityId> others = ids.stream().flatMap(Optional::stream)
            .filter(other -> !leadsTo(superseding, other, id)).collect(Collectors.toList());
        Optional<EntityId> supersedes = others.isEmpty() || booleans().all().generate(in)
            ? Optional.empty() : Optional.of(Generate.pick(others).generate(in));
        id.ifPresent(own -> supersedes.ifPresent(s -> superseding.put(own, s)));
        claims.add(Claim.<V>builder().value(values.generate(in))
            .attribution(attributions(u).generate(in)).id(id).supersedes(supersedes).build());
      }
      // a claim dated before the one it would supersede supersedes none: Dossier.validate()
      // reports that, and generated dossiers have no problems
      Map<EntityId, Claim<V>> byId = new HashMap<>();
      claims.forEach(c -> c.id().ifPresent(own -> byId.put(own, c)));
      claims.replaceAll(c -> c.supersedes().map(byId::get).filter(c::isDatedBefore).isPresent()
          ? ImmutableClaim.copyOf(c).withSupersedes(Optional.empty()) : c);
      return claims;
    };
  }

  /**
   * @return whether following {@code superseding} from {@code from} reaches {@code id} ({@code
   *     from} itself included)
   */
  private static boolean leadsTo(Map<EntityId, EntityId> superseding, EntityId from,
      Optional<EntityId> id) {
    for (EntityId at = from; at != null; at = superseding.get(at)) {
      if (id.equals(Optional.of(at))) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- actor

  /** @return names with and without a BCP 47 language and an ISO 15924 script */
  public static Gen<Name> names() {
    return in -> Name.builder()
        .value(text().generate(in))
        .language(optional(languages()).generate(in))
        .script(optional(scripts()).generate(in))
        .build();
  }

  /** @return states of {@link StateCatalogue#all()}, some with extra names */
  public static Gen<State> states() {
    return in -> ImmutableState.copyOf(Generate.pick(StateCatalogue.all()).generate(in))
        .withOtherNames(listOf(names(), 2).generate(in))
        .withExtensions(extensions().generate(in));
  }

  /** @return persons with any number of other names and external ids */
  public static Gen<Person> persons() {
    return in -> Person.builder()
        .id(entityIds().generate(in))
        .name(text().generate(in))
        .otherNames(listOf(names(), 3).generate(in))
        .externalIds(listOf(externalIds(), 3).generate(in))
        .birthDate(optional(timePoints()).generate(in))
        .extensions(extensions().generate(in))
        .build();
  }

  /** @return organizations of well-known and unknown kinds, with and without parent and state */
  public static Gen<Organization> organizations() {
    return in -> organization(Universe.OPEN, entityIds().generate(in), in);
  }

  /** @return collectives with and without affiliation, kind and size */
  public static Gen<Collective> collectives() {
    return in -> collective(Universe.OPEN, entityIds().generate(in), in);
  }

  /** @return actors of every variant */
  public static Gen<Actor> actors() {
    return oneOf(widen(states()), widen(persons()), widen(organizations()), widen(collectives()));
  }

  /** @return memberships of any actor in another organization */
  public static Gen<Membership> memberships() {
    return in -> membership(Universe.OPEN, entityIds().generate(in), in);
  }

  /** @return offices held by a person in another actor */
  public static Gen<Office> offices() {
    return in -> office(Universe.OPEN, entityIds().generate(in), in);
  }

  /**
   * @return directed relations of well-known and unknown kinds between two distinct actors, with
   *     and without the source's description
   */
  public static Gen<ActorRelation> actorRelations() {
    return in -> actorRelation(Universe.OPEN, entityIds().generate(in), in);
  }

  /** @return relations of every variant */
  public static Gen<Relation> relations() {
    return oneOf(widen(memberships()), widen(offices()), widen(actorRelations()));
  }

  private static Organization organization(Universe u, EntityId id, RandomnessSource in) {
    return Organization.builder()
        .id(id)
        .name(text().generate(in))
        .otherNames(listOf(names(), 2).generate(in))
        .externalIds(listOf(externalIds(), 2).generate(in))
        .kind(vocabulary(Code.known(OrganizationKind.class), OrganizationKind::of).generate(in))
        .parent(u.organizations().without(id).maybe().generate(in))
        .state(u.states().maybe().generate(in))
        .extensions(extensions().generate(in))
        .build();
  }

  private static Collective collective(Universe u, EntityId id, RandomnessSource in) {
    return Collective.builder()
        .id(id)
        .name(text().generate(in))
        .otherNames(listOf(names(), 2).generate(in))
        .externalIds(listOf(externalIds(), 2).generate(in))
        .affiliation(u.actors().maybe().generate(in))
        .kind(optional(vocabulary(Code.known(OrganizationKind.class), OrganizationKind::of))
            .generate(in))
        .size(optional(uncertainCounts()).generate(in))
        .extensions(extensions().generate(in))
        .build();
  }

  /** Needs an organization, and an actor other than it. */
  private static Membership membership(Universe u, EntityId id, RandomnessSource in) {
    Ref<Organization> organization = u.organizations().refs().generate(in);
    return Membership.builder()
        .id(id)
        .member(u.actors().without(organization.id()).refs().generate(in))
        .organization(organization)
        .period(optional(periods()).generate(in))
        .attributions(listOf(attributions(u), 2).generate(in))
        .extensions(extensions().generate(in))
        .build();
  }

  /** Needs a person, and an actor other than them. */
  private static Office office(Universe u, EntityId id, RandomnessSource in) {
    Ref<Person> holder = u.persons().refs().generate(in);
    return Office.builder()
        .id(id)
        .holder(holder)
        .title(text().generate(in))
        .of(u.actors().without(holder.id()).refs().generate(in))
        .period(optional(periods()).generate(in))
        .attributions(listOf(attributions(u), 2).generate(in))
        .extensions(extensions().generate(in))
        .build();
  }

  /** Needs two actors. */
  private static ActorRelation actorRelation(Universe u, EntityId id, RandomnessSource in) {
    Ref<Actor> from = u.actors().refs().generate(in);
    return ActorRelation.builder()
        .id(id)
        .from(from)
        .kind(vocabulary(Code.known(RelationKind.class), RelationKind::of).generate(in))
        .to(u.actors().without(from.id()).refs().generate(in))
        .description(optional(text()).generate(in))
        .period(optional(periods()).generate(in))
        .attributions(listOf(attributions(u), 2).generate(in))
        .extensions(extensions().generate(in))
        .build();
  }

  // ---------------------------------------------------------------- thing

  /**
   * @return vessels of well-known and unknown kinds, with and without a flag state, and with at
   *     most one IMO number among other external ids
   */
  public static Gen<Vessel> vessels() {
    return in -> vessel(Universe.OPEN, entityIds().generate(in), in);
  }

  /** @return aircraft with and without a registration, operators and external ids */
  public static Gen<Aircraft> aircraft() {
    return in -> aircraft(Universe.OPEN, entityIds().generate(in), in);
  }

  /** @return infrastructure of well-known and unknown kinds, named or not, in places or none */
  public static Gen<Infrastructure> infrastructures() {
    return in -> infrastructure(Universe.OPEN, entityIds().generate(in), in);
  }

  /** @return things of every variant */
  public static Gen<Thing> things() {
    return in -> thing(integers().between(0, THING_KINDS - 1).generate(in), Universe.OPEN,
        entityIds().generate(in), in);
  }

  private static Thing thing(int kind, Universe u, EntityId id, RandomnessSource in) {
    switch (kind) {
      case 0:
        return vessel(u, id, in);
      case 1:
        return aircraft(u, id, in);
      default:
        return infrastructure(u, id, in);
    }
  }

  private static Vessel vessel(Universe u, EntityId id, RandomnessSource in) {
    List<ExternalId> ids = new ArrayList<>();
    optional(imoNumbers()).generate(in).ifPresent(ids::add);
    listOf(externalIds(), 2).generate(in).stream()
        .filter(x -> !x.scheme().equals(IdScheme.IMO)).forEach(ids::add);
    return Vessel.builder()
        .id(id)
        .name(oneOf(Generate.constant("Eagle S"), text()).generate(in))
        .kind(optional(vocabulary(Code.known(VesselKind.class), VesselKind::of)).generate(in))
        .flagState(u.states().maybe().generate(in))
        .externalIds(ids)
        .operators(u.actors().some(0, 2).generate(in))
        .extensions(extensions().generate(in))
        .build();
  }

  private static Aircraft aircraft(Universe u, EntityId id, RandomnessSource in) {
    return Aircraft.builder()
        .id(id)
        .model(oneOf(Generate.pick(List.of("Boeing 737-8AS", "Il-20M")), text()).generate(in))
        .registration(optional(oneOf(Generate.constant("SP-RSM"), text())).generate(in))
        .externalIds(listOf(externalIds(), 2).generate(in))
        .operators(u.actors().some(0, 2).generate(in))
        .extensions(extensions().generate(in))
        .build();
  }

  private static Infrastructure infrastructure(Universe u, EntityId id, RandomnessSource in) {
    return Infrastructure.builder()
        .id(id)
        .kind(vocabulary(Code.known(InfrastructureKind.class), InfrastructureKind::of)
            .generate(in))
        .name(optional(oneOf(Generate.constant("Estlink 2"), text())).generate(in))
        .places(listOf(places(u), 2).generate(in))
        .externalIds(listOf(externalIds(), 2).generate(in))
        .operators(u.actors().some(0, 2).generate(in))
        .extensions(extensions().generate(in))
        .build();
  }

  // ---------------------------------------------------------------- event

  /** @return participants of well-known and unknown roles */
  public static Gen<Participant> participants() {
    return participants(Universe.OPEN.actors());
  }

  /**
   * @return links of well-known and unknown kinds, with and without description and
   *     attributions
   */
  public static Gen<EventLink> eventLinks() {
    return eventLinks(Universe.OPEN, Universe.OPEN.events());
  }

  /**
   * @return statements with a quote, a summary or both, to an audience or none, with a venue or
   *     not
   */
  public static Gen<Statement> statements() {
    return in -> statement(Universe.OPEN, entityIds().generate(in), in);
  }

  /** @return meetings with and without a topic */
  public static Gen<Meeting> meetings() {
    return in -> meeting(Universe.OPEN, entityIds().generate(in), in);
  }

  /**
   * @return closures of a border with a neighbour (never the closing state itself), with named
   *     crossings or none, a reason or none, tied to an exercise or not
   */
  public static Gen<BorderClosure> borderClosures() {
    return in -> borderClosure(Universe.OPEN, entityIds().generate(in), in);
  }

  /** @return warnings from one actor to another */
  public static Gen<Warning> warnings() {
    return in -> warning(Universe.OPEN, entityIds().generate(in), in);
  }

  /** @return general events of every PLOVER kind and of unknown kinds, with and without a mode */
  public static Gen<GeneralEvent> generalEvents() {
    return in -> generalEvent(Universe.OPEN, entityIds().generate(in), in);
  }

  /**
   * @return events of all seven kinds, each with the shared parts drawn with care: untimed and
   *     timed, no places or several, one actor in two roles, links to other events (never to
   *     itself), attributions or none
   */
  public static Gen<Event> events() {
    return in -> event(integers().between(0, EVENT_KINDS - 1).generate(in), Universe.OPEN,
        entityIds().generate(in), in);
  }

  private static Event event(int kind, Universe u, EntityId id, RandomnessSource in) {
    switch (kind) {
      case EXERCISE:
        return militaryExercise(u, id, in);
      case 1:
        return airspaceIncident(u, id, in);
      case 2:
        return statement(u, id, in);
      case 3:
        return meeting(u, id, in);
      case 4:
        return borderClosure(u, id, in);
      case 5:
        return warning(u, id, in);
      default:
        return generalEvent(u, id, in);
    }
  }

  private static Gen<Participant> participants(Pool<Actor> actors) {
    return actors.refs().zip(
        vocabulary(Code.known(ParticipantRole.class), ParticipantRole::of), Participant::of);
  }

  private static Gen<EventLink> eventLinks(Universe u, Pool<Event> targets) {
    return in -> EventLink.builder()
        .kind(vocabulary(Code.known(LinkKind.class), LinkKind::of).generate(in))
        .target(targets.refs().generate(in))
        .description(optional(text()).generate(in))
        .attributions(listOf(attributions(u), 2).generate(in))
        .build();
  }

  /**
   * The attributes every event shares, drawn once and copied into each kind's builder with
   * {@code from(Event)}: a meeting without a topic is just that.
   */
  private static Meeting eventParts(Universe u, EntityId id, RandomnessSource in) {
    List<Ref<Actor>> cast = u.actors().some(1, 3).generate(in);
    List<Participant> participants = cast.isEmpty() ? List.of()
        : listOf(participants(Pool.ofRefs(cast)), 4).generate(in).stream().distinct()
            .collect(Collectors.toList());
    Pool<Event> targets = u.events().without(id);
    Optional<Period> when = optional(periods()).generate(in);
    return Meeting.builder()
        .id(id)
        .title(text().generate(in))
        .description(optional(text()).generate(in))
        .when(when)
        .duration(optional(uncertainDurations(when.flatMap(Period::longest))).generate(in))
        .places(listOf(places(u), 2).generate(in))
        .participants(participants)
        .attributions(listOf(attributions(u), 2).generate(in))
        .links(targets.isEmpty() ? List.of() : listOf(eventLinks(u, targets), 2).generate(in))
        .impacts(impactClaims(u).generate(in))
        .suspicions(suspicionLists(u).generate(in))
        .extensions(extensions().generate(in))
        .build();
  }

  /**
   * @return suspicions of a thing, an actor or both, with and without a description, an id and
   *     the id of another they supersede (never their own)
   */
  public static Gen<Suspicion> suspicions() {
    return claims(suspicions(Universe.OPEN)).map(Generators::suspicion);
  }

  /** Suspicions with any attribution, of a thing, an actor or both as far as there are any. */
  private static Gen<Suspicion> suspicions(Universe u) {
    return in -> {
      int whom = u.things().isEmpty() ? 1 : integers().between(0, 2).generate(in);
      return Suspicion.builder()
          .thing(whom == 1 ? Optional.empty() : Optional.of(u.things().refs().generate(in)))
          .actor(whom == 0 ? Optional.empty() : Optional.of(u.actors().refs().generate(in)))
          .description(optional(oneOf(Generate.constant("dragged its anchor across the seabed"),
              text())).generate(in))
          .attribution(attributions(u).generate(in))
          .build();
    };
  }

  /**
   * An event's suspicions: up to three, superseding as the claims of {@link #claimLists} do (ids
   * unique, no loop, none superseding one dated later).
   */
  private static Gen<List<Suspicion>> suspicionLists(Universe u) {
    return claimLists(u, suspicions(u), 3).map(claims -> claims.stream()
        .map(Generators::suspicion).collect(Collectors.toList()));
  }

  /** The suspicion a claim holds, with the claim's attribution, id and supersedes. */
  private static Suspicion suspicion(Claim<Suspicion> claim) {
    return Suspicion.builder().from(claim.value()).attribution(claim.attribution())
        .id(claim.id()).supersedes(claim.supersedes()).build();
  }

  /**
   * @return what an event did, of every well-known kind and others, on any group, actor or
   *     things
   */
  public static Gen<Impact> impacts() {
    return impacts(Universe.OPEN);
  }

  /**
   * Impacts on any group or actor, naming up to three distinct people and up to two things, of
   * each no more than the count's upper bound; now and then exactly one thing counted as one.
   */
  private static Gen<Impact> impacts(Universe u) {
    return in -> {
      UncertainCount count = uncertainCounts().generate(in);
      List<Ref<Thing>> things = u.things().some(0, 2).generate(in);
      if (!things.isEmpty() && booleans().all().generate(in)) {
        count = UncertainCount.exactly(1);
        things = things.subList(0, 1);
      }
      long most = count.upper().orElse(3);
      return Impact.builder()
          .kind(vocabulary(Code.known(ImpactKind.class), ImpactKind::of).generate(in))
          .count(count)
          .affected(optional(vocabulary(Code.known(AffectedGroup.class), AffectedGroup::of))
              .generate(in))
          .affectedActor(u.actors().maybe().generate(in))
          .people(u.persons().some(0, (int) Math.min(3, most)).generate(in))
          .affectedThings(things.subList(0, (int) Math.min(things.size(), most)))
          .build();
    };
  }

  /**
   * Claims of impacts as an event keeps them: up to three, a claim superseding only one of the
   * same kind (the kinds drawn from two, so that some do).
   */
  private static Gen<List<Claim<Impact>>> impactClaims(Universe u) {
    Gen<Impact> twoKinds = impacts(u).zip(Generate.pick(List.of(ImpactKind.KILLED,
        ImpactKind.INJURED)), booleans().all(),
        (impact, kind, keep) -> keep ? impact : ImmutableImpact.copyOf(impact).withKind(kind));
    return claimLists(u, twoKinds, 3).map(claims -> {
      Map<EntityId, ImpactKind> kinds = new HashMap<>();
      claims.forEach(c -> c.id().ifPresent(id -> kinds.put(id, c.value().kind())));
      return claims.stream().map(c -> c.supersedes()
              .filter(earlier -> !kinds.get(earlier).equals(c.value().kind())).isPresent()
              ? ImmutableClaim.copyOf(c).withSupersedes(Optional.empty()) : c)
          .collect(Collectors.toList());
    });
  }

  private static Statement statement(Universe u, EntityId id, RandomnessSource in) {
    var builder = Statement.builder().from((Event) eventParts(u, id, in))
        .speaker(u.actors().refs().generate(in))
        .audience(u.actors().some(0, 3).generate(in))
        .venue(optional(places(u)).generate(in));
    switch (integers().between(0, 2).generate(in)) {
      case 0:
        return builder.quote(quotes(u).generate(in)).build();
      case 1:
        return builder.summary(text().generate(in)).build();
      default:
        return builder.quote(quotes(u).generate(in)).summary(text().generate(in)).build();
    }
  }

  private static Meeting meeting(Universe u, EntityId id, RandomnessSource in) {
    return Meeting.builder().from(eventParts(u, id, in))
        .topic(optional(text()).generate(in))
        .build();
  }

  private static BorderClosure borderClosure(Universe u, EntityId id, RandomnessSource in) {
    Ref<State> closing = u.states().refs().generate(in);
    return BorderClosure.builder().from((Event) eventParts(u, id, in))
        .closingState(closing)
        .neighbour(u.states().without(closing.id()).refs().generate(in))
        .crossings(listOf(text(), 3).generate(in))
        .reason(optional(text()).generate(in))
        .relatedExercise(u.exercises().without(id).maybe().generate(in))
        .build();
  }

  private static Warning warning(Universe u, EntityId id, RandomnessSource in) {
    Ref<Actor> from = u.actors().refs().generate(in);
    Meeting parts = eventParts(u, id, in);
    // 'from' is an attribute of a warning, so its builder has no from(Event): copy the parts
    return Warning.builder().id(parts.id()).title(parts.title())
        .description(parts.description()).when(parts.when()).duration(parts.duration())
        .places(parts.places())
        .participants(parts.participants()).attributions(parts.attributions())
        .links(parts.links()).impacts(parts.impacts()).suspicions(parts.suspicions())
        .extensions(parts.extensions())
        .from(from)
        .to(u.actors().without(from.id()).refs().generate(in))
        .about(text().generate(in))
        .build();
  }

  private static GeneralEvent generalEvent(Universe u, EntityId id, RandomnessSource in) {
    return GeneralEvent.builder().from((Event) eventParts(u, id, in))
        .kind(vocabulary(Code.known(EventKind.class), EventKind::of).generate(in))
        .mode(optional(oneOf(Generate.pick(List.of("fortify", "mobilize-troops")), codes()))
            .generate(in))
        .build();
  }

  // ---------------------------------------------------------------- exercise

  /**
   * @return strength claims of every category, their counts often at or beside a Vienna Document
   *     threshold, so that each answer (yes, no, cannot tell) comes up
   */
  public static Gen<Strength> strengths() {
    return strengths(Universe.OPEN).zip(optional(entityIds()), (s, earlier) ->
        earlier.filter(e -> !s.id().equals(Optional.of(e))).isEmpty() ? s
            : ImmutableStrength.copyOf(s).withSupersedes(earlier));
  }

  /**
   * @return one claimant's figures of one category for parts of an exercise, two to four, by
   *     territory (one of two), by contributing state or both, often for the same part, some
   *     superseding others
   */
  public static Gen<List<Strength>> breakdowns() {
    return in -> {
      List<Strength> figures = new ArrayList<>(strengthLists(Universe.OPEN).generate(in));
      while (figures.size() < 2) {
        figures.add(ImmutableStrength.copyOf(strengths(Universe.OPEN).generate(in))
            .withId(Optional.empty()));
      }
      Strength first = figures.get(0);
      List<Place> territories = List.of(places(Universe.OPEN).generate(in),
          places(Universe.OPEN).generate(in));
      List<Strength> parts = new ArrayList<>();
      for (Strength s : figures) {
        ImmutableStrength part = ImmutableStrength.copyOf(s).withCategory(first.category())
            .withAttribution(first.attribution());
        ImmutableStrength placed = part.territory().isEmpty() && !part.isWhole() ? part
            : part.withTerritory(Generate.pick(territories).generate(in));
        Optional<Strength> earlier = parts.stream()
            .filter(p -> p.id().isPresent() && p.id().equals(s.supersedes())).findFirst();
        parts.add(earlier.isEmpty() ? placed : placed.withTerritory(earlier.get().territory())
            .withContributor(earlier.get().contributor())); // a correction of the same part
      }
      return parts;
    };
  }

  /**
   * @return exercises of every status, hosted by one to three distinct states, with and without
   *     an edition (always a year the exercise's time overlaps), with several strength claims or
   *     none
   */
  public static Gen<MilitaryExercise> militaryExercises() {
    return in -> militaryExercise(Universe.OPEN, entityIds().generate(in), in);
  }

  /** @return notifications of every well-known channel and others, to no one or to several */
  public static Gen<Notification> notifications() {
    return notifications(Universe.OPEN);
  }

  private static Gen<Notification> notifications(Universe u) {
    return in -> Notification.builder()
        .date(timePoints().generate(in))
        .channel(optional(vocabulary(Code.known(NotificationChannel.class),
            NotificationChannel::of)).generate(in))
        .notified(u.actors().some(0, 3).generate(in))
        .attribution(optional(attributions(u)).generate(in))
        .build();
  }

  /** A figure that supersedes none, of the whole exercise or of a territory or a state's part. */
  private static Gen<Strength> strengths(Universe u) {
    return in -> Strength.builder()
        .category(Generate.enumValues(StrengthCategory.class).generate(in))
        .count(oneOf(uncertainCounts(), countsNear(VIENNA_MINIMA)).generate(in))
        .attribution(attributions(u).generate(in))
        .id(optional(entityIds()).generate(in))
        .territory(integers().between(0, 3).generate(in) == 0 ? Optional.empty()
            : Optional.of(places(u).generate(in)))
        .contributor(integers().between(0, 3).generate(in) == 0 ? Optional.empty()
            : u.states().maybe().generate(in))
        .build();
  }

  /**
   * An exercise's strength: up to four figures with distinct ids, a figure superseding only an
   * earlier one of its category that is not dated after it, so never in a loop.
   */
  private static Gen<List<Strength>> strengthLists(Universe u) {
    return in -> {
      List<Strength> figures = new ArrayList<>();
      Set<EntityId> ids = new HashSet<>();
      for (Strength s : listOf(strengths(u), 4).generate(in)) {
        Strength figure = s.id().filter(ids::add).isPresent() ? s
            : ImmutableStrength.copyOf(s).withId(Optional.empty());
        List<Strength> earlier = figures.stream().filter(f -> f.id().isPresent()
            && f.category() == figure.category() && !figure.isDatedBefore(f))
            .collect(Collectors.toList());
        figures.add(earlier.isEmpty() || booleans().all().generate(in) ? figure
            : ImmutableStrength.copyOf(figure)
                .withSupersedes(Generate.pick(earlier).generate(in).id()));
      }
      return figures;
    };
  }

  private static MilitaryExercise militaryExercise(Universe u, EntityId id, RandomnessSource in) {
    Meeting parts = eventParts(u, id, in);
    OptionalInt edition = OptionalInt.empty();
    if (booleans().all().generate(in)) {
      if (parts.when().isEmpty()) {
        edition = OptionalInt.of(years().generate(in));
      } else {
        // the years, in UTC, from the earliest instant of the start to the latest of the end
        Period when = parts.when().get();
        int first = Math.max(1, utcYear(when.start().earliest()));
        int last = Math.min(9999, utcYear(when.end().orElse(when.start()).latest()));
        if (first <= last) { // not so for 0001-01-01T00:00+14:00, which is still year 0 in UTC
          edition = OptionalInt.of(oneOf(Generate.pick(List.of(first, last)),
              integers().between(first, last)).generate(in));
        }
      }
    }
    return MilitaryExercise.builder().from((Event) parts)
        .series(optional(oneOf(Generate.pick(List.of("Zapad", "Union Shield")), text()))
            .generate(in))
        .edition(edition)
        .hosts(u.states().some(1, 3).generate(in))
        .status(Generate.enumValues(ExerciseStatus.class).generate(in))
        .statusReason(optional(text()).generate(in))
        .scenario(optional(text()).generate(in))
        .strength(strengthLists(u).generate(in))
        .notification(optional(notifications(u)).generate(in))
        .observers(u.actors().some(0, 3).generate(in))
        .build();
  }

  // ---------------------------------------------------------------- airspace

  /** @return transits through catalogue states, with and without a count */
  public static Gen<Transit> transits() {
    return transits(Universe.OPEN.states());
  }

  /**
   * @return intrusions of well-known and unknown platforms, with origin claims that may supersede
   *     each other, transits, and an entry place or none
   */
  public static Gen<Intrusion> intrusions() {
    return intrusions(Universe.OPEN, Universe.OPEN.states());
  }

  /** @return responses of well-known and unknown actions, with and without count and attribution */
  public static Gen<Response> responses() {
    return responses(Universe.OPEN);
  }

  /** @return consequences of well-known and unknown kinds, every optional absent or present */
  public static Gen<Consequence> consequences() {
    return consequences(Universe.OPEN);
  }

  /** @return consultations requested, held (never before requested), both or neither */
  public static Gen<Consultation> consultations() {
    return consultations(Universe.OPEN);
  }

  /**
   * @return incidents whose intrusions never come from or through the violated state, whose
   *     shot-down responses never exceed what can have entered (and often shoot down exactly
   *     that), with claims that may supersede each other
   */
  public static Gen<AirspaceIncident> airspaceIncidents() {
    return in -> airspaceIncident(Universe.OPEN, entityIds().generate(in), in);
  }

  private static Gen<Transit> transits(Pool<State> states) {
    return states.refs().zip(optional(uncertainCounts()), ImmutableTransit::of);
  }

  /** @return platforms of every well-known kind and others */
  public static Gen<PlatformKind> platformKinds() {
    return vocabulary(Code.known(PlatformKind.class), PlatformKind::of);
  }

  /**
   * Intrusions whose platform and model, where there are claims of them, are those of a current
   * claim, as the value type requires.
   */
  private static Gen<Intrusion> intrusions(Universe u, Pool<State> states) {
    Gen<String> models = oneOf(Generate.pick(List.of("Gerbera", "Shahed-136", "MiG-31")), text());
    return in -> {
      boolean claimed = integers().between(0, 2).generate(in) == 0;
      List<Claim<PlatformKind>> platformClaims =
          claimed ? claimLists(u, platformKinds(), 3).generate(in) : List.of();
      List<Claim<String>> modelClaims =
          claimed ? claimLists(u, models, 2).generate(in) : List.of();
      return Intrusion.builder()
          .platform(platformClaims.isEmpty() ? platformKinds().generate(in)
              : Generate.pick(Claim.current(platformClaims)).generate(in).value())
          .model(modelClaims.isEmpty() ? optional(models).generate(in)
              : optional(Generate.pick(Claim.current(modelClaims)).map(Claim::value))
                  .generate(in))
          .platformClaims(platformClaims)
          .modelClaims(modelClaims)
          .conduct(listOf(vocabulary(Code.known(FlightConduct.class), FlightConduct::of), 3)
              .generate(in).stream().distinct().collect(Collectors.toList()))
          .payload(optional(text()).generate(in))
          .count(uncertainCounts().generate(in))
          .origin(claimLists(u, states.refs(), 3).generate(in))
          .transits(states.isEmpty() ? List.of() : listOf(transits(states), 2).generate(in))
          .entry(optional(places(u)).generate(in))
          .build();
    };
  }

  private static Gen<ResponseAction> responseActions() {
    return oneOf(Generate.constant(ResponseAction.SHOT_DOWN),
        vocabulary(Code.known(ResponseAction.class), ResponseAction::of));
  }

  private static Gen<Response> responses(Universe u) {
    return in -> Response.builder()
        .responders(u.actors().some(0, 3).generate(in))
        .assets(listOf(oneOf(Generate.pick(List.of("F-35", "AWACS", "Patriot")), text()), 3)
            .generate(in))
        .action(responseActions().generate(in))
        .count(optional(uncertainCounts()).generate(in))
        .attribution(optional(attributions(u)).generate(in))
        .build();
  }

  private static Gen<Consequence> consequences(Universe u) {
    return in -> Consequence.builder()
        .kind(vocabulary(Code.known(ConsequenceKind.class), ConsequenceKind::of).generate(in))
        .description(optional(text()).generate(in))
        .count(optional(uncertainCounts()).generate(in))
        .attribution(optional(attributions(u)).generate(in))
        .occurrences(optional(occurrences()).generate(in))
        .duration(optional(uncertainDurations()).generate(in))
        .build();
  }

  /** Counts of occurrences: at least one, as the value types require. */
  private static Gen<UncertainCount> occurrences() {
    return uncertainCounts().map(c -> c.lower() >= 1 ? c
        : UncertainCount.atLeast(2).withPhrase("repeatedly"));
  }

  /** Needs an organization. */
  /**
   * Consultations at every stage, the status given or left to the dates, each date of a stage the
   * consultations reached, in order.
   */
  private static Gen<Consultation> consultations(Universe u) {
    return in -> {
      ConsultationStatus stage = Generate.enumValues(ConsultationStatus.class).generate(in);
      List<TimePoint> dates = new ArrayList<>(List.of(timePoints().generate(in),
          timePoints().generate(in), timePoints().generate(in)));
      dates.sort(Comparator.comparing(TimePoint::earliest));
      boolean requested = stage != ConsultationStatus.CONSIDERED;
      return Consultation.builder()
          .forum(u.organizations().refs().generate(in))
          .basis(oneOf(Generate.constant("Article 4"), text()).generate(in))
          .requestedBy(u.actors().some(0, 2).generate(in))
          .considered(optional(Generate.constant(dates.get(0))).generate(in))
          .requested(requested ? optional(Generate.constant(dates.get(1))).generate(in)
              : Optional.empty())
          .held(stage == ConsultationStatus.HELD
              ? optional(Generate.constant(dates.get(2))).generate(in) : Optional.empty())
          .declined(stage == ConsultationStatus.DECLINED
              ? optional(Generate.constant(dates.get(2))).generate(in) : Optional.empty())
          .status(booleans().all().generate(in) ? Optional.of(stage) : Optional.empty())
          .build();
    };
  }

  private static AirspaceIncident airspaceIncident(Universe u, EntityId id, RandomnessSource in) {
    Airspace airspace = airspaces(u.states()).generate(in);
    var incident = AirspaceIncident.builder().from((Event) eventParts(u, id, in))
        .airspace(airspace)
        .intrusions(listOf(intrusions(u, airspace.state().map(s -> u.states().without(s.id()))
            .orElse(u.states())), 3).generate(in))
        .consequences(listOf(consequences(u), 2).generate(in))
        .occurrences(optional(occurrences()).generate(in))
        .consultations(u.organizations().isEmpty() ? List.of()
            : listOf(consultations(u), 2).generate(in))
        .claims(claimLists(u, text(), 3).generate(in))
        .build();
    OptionalLong most = incident.mostThatEntered();
    long left = most.isPresent() ? Math.min(most.getAsLong(), UncertainCount.MAX) : 0;
    List<Response> responses = new ArrayList<>();
    for (Response r : listOf(responses(u), 3).generate(in)) {
      if (r.action().equals(ResponseAction.SHOT_DOWN) && most.isPresent()) {
        // together the responses shoot down no more than can have entered: each takes at most
        // what the others have left
        long room = left;
        boolean tooMany = r.count().filter(c -> c.lower() > room).isPresent();
        if (tooMany || booleans().all().generate(in)) {
          r = ImmutableResponse.copyOf(r).withCount(countsUpTo(room).generate(in));
        }
        left -= r.count().map(UncertainCount::lower).orElse(0L);
      }
      responses.add(r);
    }
    return incident.withResponses(responses);
  }

  // ---------------------------------------------------------------- prisoner

  /** @return charges with and without part and description */
  public static Gen<Charge> charges() {
    return in -> {
      Optional<String> article = optional(oneOf(Generate.pick(List.of("342", "361-1", "130")),
          text())).generate(in);
      return Charge.builder()
          .code(optional(oneOf(Generate.constant("Criminal Code of Belarus"), text()))
              .generate(in))
          .article(article)
          .part(article.isEmpty() ? Optional.empty()
              : optional(oneOf(Generate.pick(List.of("1", "2")), text())).generate(in))
          .description(article.isEmpty() ? Optional.of(text().generate(in))
              : optional(text()).generate(in))
          .build();
    };
  }

  /** @return terms of zero, a few and {@code Integer.MAX_VALUE} years, months and days */
  public static Gen<Term> terms() {
    Gen<Integer> part = oneOf(Generate.pick(List.of(0, 1, 11, 12, 31, Integer.MAX_VALUE)),
        integers().between(0, 25), integers().between(0, Integer.MAX_VALUE));
    return part.zip(part, part, Term::of);
  }

  /** @return sentences with and without a term, of well-known and unknown regimes */
  public static Gen<Sentence> sentences() {
    return in -> Sentence.builder()
        .term(optional(terms()).generate(in))
        .regime(optional(vocabulary(Code.known(Regime.class), Regime::of)).generate(in))
        .date(optional(timePoints()).generate(in))
        .court(optional(text()).generate(in))
        .inAbsentia(booleans().all().generate(in))
        .build();
  }

  /** @return single status changes of every status, with and without an attribution */
  public static Gen<StatusChange> statusChanges() {
    return statusChanges(Universe.OPEN, Generate.enumValues(PrisonerStatus.class), timePoints());
  }

  /**
   * @return histories of up to eight status changes that a prisoner accepts, made by walking the
   *     allowed transitions: in date order (equal dates, and mixed precisions such as 2021-03
   *     then 2021, included), convictions in absentia, re-arrests after release, expulsions,
   *     death in custody only last; and the empty history
   */
  public static Gen<List<StatusChange>> statusHistories() {
    return statusHistories(Universe.OPEN);
  }

  /** @return recognitions with and without a date, citing any of the PACE criteria or none */
  public static Gen<Recognition> recognitions() {
    return recognitions(Universe.OPEN);
  }

  /** @return political prisoners with valid histories, every optional absent or present */
  public static Gen<PoliticalPrisoner> politicalPrisoners() {
    return in -> politicalPrisoner(Universe.OPEN, entityIds().generate(in), in);
  }

  private static Gen<StatusChange> statusChanges(
      Universe u, Gen<PrisonerStatus> statuses, Gen<TimePoint> dates) {
    return in -> StatusChange.builder()
        .status(statuses.generate(in))
        .date(dates.generate(in))
        .attribution(optional(attributions(u)).generate(in))
        .event(u.events().maybe().generate(in))
        .build();
  }

  private static Gen<List<StatusChange>> statusHistories(Universe u) {
    return in -> {
      int size = oneOf(integers().between(0, 8), Generate.constant(8)).generate(in);
      List<TimePoint> dates = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        dates.add(i > 0 && integers().between(0, 4).generate(in) == 0
            ? dates.get(i - 1) : timePoints().generate(in));
      }
      // sorted by earliest or by latest instant, no date certainly precedes an earlier one
      dates.sort(Comparator.comparing(booleans().all().generate(in)
          ? TimePoint::earliest : TimePoint::latest));
      List<StatusChange> history = new ArrayList<>();
      for (TimePoint date : dates) {
        List<PrisonerStatus> next = Arrays.stream(PrisonerStatus.values())
            .filter(status -> mayFollow(history, status, date)).collect(Collectors.toList());
        if (next.isEmpty()) { // after died in custody
          break;
        }
        history.add(statusChanges(u, Generate.pick(next), Generate.constant(date)).generate(in));
      }
      return history;
    };
  }

  /**
   * Whether a prisoner accepts {@code history} followed by {@code status} on {@code date}: the
   * allowed transitions are the prisoner's to say.
   */
  private static boolean mayFollow(List<StatusChange> history, PrisonerStatus status,
      TimePoint date) {
    List<StatusChange> longer = new ArrayList<>(history);
    longer.add(StatusChange.builder().status(status).date(date).build());
    try {
      PoliticalPrisoner.builder().id(EntityId.of("prisoner")).person(Ref.of("person"))
          .detainingState(Ref.of("state/blr")).history(longer).build();
      return true;
    } catch (InvalidDataException e) {
      return false;
    }
  }

  /** Needs an organization. */
  /** Recognitions of every kind, only those as a political prisoner citing PACE criteria. */
  private static Gen<Recognition> recognitions(Universe u) {
    return in -> {
      RecognitionKind kind = oneOf(Generate.constant(RecognitionKind.POLITICAL_PRISONER),
          vocabulary(Code.known(RecognitionKind.class), RecognitionKind::of)).generate(in);
      return Recognition.builder()
          .by(u.organizations().refs().generate(in))
          .date(optional(timePoints()).generate(in))
          .kind(kind)
          .criteria(!kind.equals(RecognitionKind.POLITICAL_PRISONER) ? List.of()
              : lists().of(Generate.enumValues(Pace1900Criterion.class)).ofSizeBetween(0, 5)
                  .map(c -> c.stream().distinct().sorted().collect(Collectors.toList()))
                  .generate(in))
          .attribution(optional(attributions(u)).generate(in))
          .build();
    };
  }

  /** Needs a person. */
  private static PoliticalPrisoner politicalPrisoner(Universe u, EntityId id,
      RandomnessSource in) {
    return PoliticalPrisoner.builder()
        .id(id)
        .person(u.persons().refs().generate(in))
        .detainingState(u.states().refs().generate(in))
        .detentionPlace(optional(places(u)).generate(in))
        .charges(listOf(charges(), 3).generate(in))
        .sentence(optional(sentences()).generate(in))
        .placeOfConfinement(optional(places(u)).generate(in))
        .history(statusHistories(u).generate(in))
        .recognitions(u.organizations().isEmpty() ? List.of()
            : listOf(recognitions(u), 2).generate(in))
        .attributions(listOf(attributions(u), 2).generate(in))
        .extensions(extensions().generate(in))
        .build();
  }

  // ---------------------------------------------------------------- statistic

  /** @return statistics of well-known and unknown metrics about any actor */
  public static Gen<Statistic> statistics() {
    return in -> {
      EntityId id = entityIds().generate(in);
      return ImmutableStatistic.copyOf(statistic(Universe.OPEN, id, in))
          .withSupersedes(Pool.<Statistic>open().without(id).maybe().generate(in));
    };
  }

  /**
   * A statistic that revises nothing: in a dossier, a revision ties the metric and subject of two
   * statistics, so that changing one reference would make two problems; DossierTest has them.
   */
  private static Statistic statistic(Universe u, EntityId id, RandomnessSource in) {
    return Statistic.builder()
        .id(id)
        .metric(vocabulary(Code.known(Metric.class), Metric::of).generate(in))
        .subject(u.actors().refs().generate(in))
        .asOf(timePoints().generate(in))
        .count(uncertainCounts().generate(in))
        .attribution(attributions(u).generate(in))
        .event(u.events().maybe().generate(in))
        .extensions(extensions().generate(in))
        .build();
  }

  // ---------------------------------------------------------------- dossier

  /**
   * @return small dossiers ({@code validate()} finds no problem in any of them): one or two
   *     sources; two to four catalogue states and up to two each of persons, organizations and
   *     collectives; up to three relations, five events of any kinds, two prisoners and two
   *     statistics. The entities are drawn first, each with its own id; every reference is then
   *     drawn from the ids of the entities of the kind it needs, so that all of them resolve.
   */
  public static Gen<Dossier> dossiers() {
    return in -> {
      Set<EntityId> taken = new HashSet<>();
      List<State> states = new ArrayList<>();
      int stateCount = integers().between(2, 4).generate(in);
      while (states.size() < stateCount) {
        State s = states().generate(in);
        if (taken.add(s.id())) {
          states.add(s);
        }
      }
      List<EntityId> sourceIds = freshIds(taken, integers().between(1, 2).generate(in), in);
      List<EntityId> personIds = freshIds(taken, integers().between(0, 2).generate(in), in);
      List<EntityId> organizationIds = freshIds(taken, integers().between(0, 2).generate(in), in);
      List<EntityId> collectiveIds = freshIds(taken, integers().between(0, 2).generate(in), in);
      List<Integer> thingKinds = listOf(integers().between(0, THING_KINDS - 1), 3).generate(in);
      List<EntityId> thingIds = freshIds(taken, thingKinds.size(), in);
      List<Integer> eventKinds =
          listOf(integers().between(0, EVENT_KINDS - 1), 5).generate(in);
      List<EntityId> eventIds = freshIds(taken, eventKinds.size(), in);
      List<EntityId> actorIds = new ArrayList<>();
      states.forEach(s -> actorIds.add(s.id()));
      actorIds.addAll(personIds);
      actorIds.addAll(organizationIds);
      actorIds.addAll(collectiveIds);
      List<EntityId> exerciseIds = new ArrayList<>();
      for (int i = 0; i < eventKinds.size(); i++) {
        if (eventKinds.get(i) == EXERCISE) {
          exerciseIds.add(eventIds.get(i));
        }
      }
      Universe u = new Universe(Pool.ofIds(sourceIds), Pool.ofIds(actorIds),
          Pool.ofIds(states.stream().map(State::id).collect(Collectors.toList())),
          Pool.ofIds(personIds), Pool.ofIds(organizationIds), Pool.ofIds(eventIds),
          Pool.ofIds(exerciseIds), Pool.ofIds(thingIds));

      var dossier = Dossier.builder().title(optional(text()).generate(in));
      sourceIds.forEach(id -> dossier.addSources(
          ImmutableSource.copyOf(sources().generate(in)).withId(id)));
      dossier.addAllActors(states);
      personIds.forEach(id -> dossier.addActors(
          ImmutablePerson.copyOf(persons().generate(in)).withId(id)));
      organizationIds.forEach(id -> dossier.addActors(organization(u, id, in)));
      collectiveIds.forEach(id -> dossier.addActors(collective(u, id, in)));
      for (int i = 0; i < thingKinds.size(); i++) {
        dossier.addThings(thing(thingKinds.get(i), u, thingIds.get(i), in));
      }
      List<Integer> relationKinds = new ArrayList<>(List.of(2)); // two states: always two actors
      if (!organizationIds.isEmpty()) {
        relationKinds.add(0);
      }
      if (!personIds.isEmpty()) {
        relationKinds.add(1);
      }
      for (EntityId id : freshIds(taken, integers().between(0, 3).generate(in), in)) {
        switch (Generate.pick(relationKinds).generate(in)) {
          case 0:
            dossier.addRelations(membership(u, id, in));
            break;
          case 1:
            dossier.addRelations(office(u, id, in));
            break;
          default:
            dossier.addRelations(actorRelation(u, id, in));
            break;
        }
      }
      for (int i = 0; i < eventKinds.size(); i++) {
        dossier.addEvents(event(eventKinds.get(i), u, eventIds.get(i), in));
      }
      if (!personIds.isEmpty()) {
        freshIds(taken, integers().between(0, 2).generate(in), in)
            .forEach(id -> dossier.addPrisoners(politicalPrisoner(u, id, in)));
      }
      freshIds(taken, integers().between(0, 2).generate(in), in)
          .forEach(id -> dossier.addStatistics(statistic(u, id, in)));
      return dossier.build();
    };
  }

  /** {@code count} ids none of which is taken yet, and now taken. */
  private static List<EntityId> freshIds(Set<EntityId> taken, int count, RandomnessSource in) {
    List<EntityId> ids = new ArrayList<>();
    while (ids.size() < count) {
      EntityId id = entityIds().generate(in);
      for (int n = 2; taken.contains(id); n++) {
        id = EntityId.of("entity/" + n);
      }
      taken.add(id);
      ids.add(id);
    }
    return ids;
  }

  // ---------------------------------------------------------------- extension

  /**
   * @return an entity's extension properties: none as often as some; up to four, named STIX
   *     style ({@code x_acme_score}) or by a reverse domain ({@code org.acled.interaction}),
   *     holding every kind of JSON value, nested up to three deep
   */
  public static Gen<Map<String, JsonValue>> extensions() {
    Gen<Map<String, JsonValue>> some = lists().of(extensionNames().zip(jsonValues(), Pair::of))
        .ofSizeBetween(1, 4).map(Generators::inOrder);
    return booleans().all().flatMap(none -> none ? Generate.constant(Map.<String, JsonValue>of()) : some);
  }

  /** @return extension names of both forms, with awkward ones ({@code x__}, digits first) */
  public static Gen<String> extensionNames() {
    Gen<String> stix = stringOf(LOWER + UPPER + DIGITS + "_", 1, 12).map(n -> "x_" + n);
    Gen<String> label = stringOf(LOWER + DIGITS, 1, 6)
        .zip(stringOf(LOWER + UPPER + DIGITS + "_-", 0, 6), String::concat);
    Gen<String> reverseDomain = Generate.pick(List.of("org", "com", "io", "x-y"))
        .zip(lists().of(label).ofSizeBetween(2, 3),
            (tld, labels) -> tld + "." + String.join(".", labels));
    return oneOf(stix, reverseDomain, Generate.pick(List.of("x_acme_score", "x__", "x_1",
        "org.acled.interaction", "com.example.risk-level", "org.ucdp.where_prec")));
  }

  /**
   * @return JSON values of every kind: strings, numbers exact to their scale (integers, decimals,
   *     beyond a double's range), booleans, null, and arrays and objects of them nested up to
   *     three deep, members in any order
   */
  public static Gen<JsonValue> jsonValues() {
    return jsonValues(3);
  }

  private static Gen<JsonValue> jsonValues(int depth) {
    Gen<BigDecimal> numbers = oneOf(longs().between(-(1L << 53) + 1, (1L << 53) - 1)
            .map(n -> BigDecimal.valueOf(n)),
        longs().all().zip(integers().between(-12, 12), (n, scale) -> BigDecimal.valueOf(n, scale)),
        Generate.pick(List.of(new BigDecimal("1.50"), new BigDecimal("1E+400"),
            new BigDecimal("-0.000001"), new BigDecimal("123456789012345678901234567890.5"))));
    Gen<JsonValue> scalars = oneOf(text().map(JsonValue::of), numbers.map(JsonValue::of),
        booleans().all().map(JsonValue::of), Generate.constant(JsonValue.NULL),
        Generate.constant(JsonValue.of("")));
    if (depth == 0) {
      return scalars;
    }
    Gen<JsonValue> inner = jsonValues(depth - 1);
    Gen<JsonValue> arrays = listOf(inner, 3).map(elements -> JsonValue.array(elements));
    Gen<JsonValue> objects = listOf(text().zip(inner, Pair::of), 3)
        .map(members -> JsonValue.object(inOrder(members)));
    return oneOf(scalars, scalars, arrays, objects);
  }

  /**
   * @return events of a kind sitrep does not know, as a lenient read keeps them: a valid id
   *     anywhere among other properties of any kind (a title or not, extension names among them)
   */
  public static Gen<UnrecognizedEvent> unrecognizedEvents() {
    return in -> UnrecognizedEvent.of(unknownTypes().generate(in),
        unrecognizedProperties(entityIds().generate(in)).generate(in));
  }

  /** @return actors of a kind sitrep does not know, with or without a name */
  public static Gen<UnrecognizedActor> unrecognizedActors() {
    return in -> UnrecognizedActor.of(unknownTypes().generate(in),
        unrecognizedProperties(entityIds().generate(in)).generate(in));
  }

  /** @return relations of a kind sitrep does not know */
  public static Gen<UnrecognizedRelation> unrecognizedRelations() {
    return in -> UnrecognizedRelation.of(unknownTypes().generate(in),
        unrecognizedProperties(entityIds().generate(in)).generate(in));
  }

  /** @return things of a kind sitrep does not know */
  public static Gen<UnrecognizedThing> unrecognizedThings() {
    return in -> UnrecognizedThing.of(unknownTypes().generate(in),
        unrecognizedProperties(entityIds().generate(in)).generate(in));
  }

  /**
   * @return valid {@linkplain #dossiers() dossiers} with up to two events, actors, things and
   *     relations of unknown kinds each among the others, at any place in their lists, each with
   *     an id of its own that nothing refers to
   */
  public static Gen<Dossier> dossiersWithUnrecognized() {
    return in -> {
      Dossier d = dossiers().generate(in);
      Set<EntityId> taken = d.entities().stream().map(Entity::id)
          .collect(Collectors.toCollection(HashSet::new));
      return Dossier.builder().from(d)
          .actors(among(d.actors(), unrecognizedActors(), taken, in))
          .relations(among(d.relations(), unrecognizedRelations(), taken, in))
          .things(among(d.things(), unrecognizedThings(), taken, in))
          .events(among(d.events(), unrecognizedEvents(), taken, in))
          .build();
    };
  }

  /** @return {@code known} with up to two of {@code unknown}, with fresh ids, at random places */
  private static <T extends Entity> List<T> among(List<? extends T> known,
      Gen<? extends T> unknown, Set<EntityId> taken, RandomnessSource in) {
    List<T> all = new ArrayList<>(known);
    for (int n = integers().between(0, 2).generate(in); n > 0; n--) {
      T element = unknown.generate(in);
      if (taken.add(element.id())) {
        all.add(integers().between(0, all.size()).generate(in), element);
      }
    }
    return all;
  }

  /** Type names no version of sitrep declares. */
  private static Gen<String> unknownTypes() {
    return oneOf(Generate.pick(List.of("cyber-attack", "protest", "armed-group", "treaty")),
        codes().map(c -> "future-" + c));
  }

  private static Gen<Map<String, JsonValue>> unrecognizedProperties(EntityId id) {
    Gen<String> names = oneOf(text(), extensionNames(),
        Generate.pick(List.of("title", "name", "when", "places")));
    return lists().of(names.zip(jsonValues(), Pair::of)).ofSizeBetween(0, 4)
        .zip(integers().between(0, 4), (others, at) -> {
          List<Pair<String, JsonValue>> pairs = new ArrayList<>(others);
          pairs.removeIf(p -> p._1.equals("type") || p._1.equals("id"));
          pairs.add(Math.min(at, pairs.size()), Pair.of("id", JsonValue.of(id.value())));
          return inOrder(pairs);
        });
  }

  /** @return the pairs as a map in their order, a repeated key keeping its first value */
  private static Map<String, JsonValue> inOrder(List<Pair<String, JsonValue>> pairs) {
    Map<String, JsonValue> map = new LinkedHashMap<>();
    pairs.forEach(p -> map.putIfAbsent(p._1, p._2));
    return map;
  }

  // ---------------------------------------------------------------- helpers: text and codes

  /**
   * Non-blank text: awkward samples, or a run of chunks from several scripts and of sitrep's
   * space characters.
   */
  private static Gen<String> text() {
    return Shared.TEXT;
  }

  /** @return non-blank text, as every text attribute takes it (a string-claim's value) */
  public static Gen<String> texts() {
    return text();
  }

  private static Gen<String> newText() {
    Gen<String> script = Generate.pick(SCRIPTS)
        .flatMap(range -> codePoints(range[0], range[1], 1, 6));
    // spaces as often as any one script
    Gen<String> chunk = Generate.frequency(Pair.of(SCRIPTS.size(), script),
        Pair.of(1, Arbitrary.spaces()));
    Gen<String> mixed = lists().of(chunk).ofSizeBetween(1, 4)
        .map(chunks -> String.join("", chunks))
        .map(s -> Text.isBlank(s) ? "x" + s : s);
    return oneOf(Generate.pick(AWKWARD_TEXT), mixed);
  }

  private static Gen<String> codePoints(int first, int last, int minLength, int maxLength) {
    return lists().of(integers().between(first, last)).ofSizeBetween(minLength, maxLength)
        .map(cps -> cps.stream()
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString());
  }

  private static Gen<String> stringOf(String alphabet, int minLength, int maxLength) {
    return Arbitrary.stringsOf(alphabet, minLength, maxLength);
  }

  /** One to three words joined by hyphens, the first word from {@code first}. */
  private static Gen<String> kebab(Gen<String> first) {
    Gen<String> rest = stringOf(LOWER + DIGITS, 1, 8);
    return first.zip(lists().of(rest).ofSizeBetween(0, 2),
        (head, tail) -> tail.stream().map(w -> "-" + w).collect(Collectors.joining("", head, "")));
  }

  /** Lowercase kebab-case codes of an open vocabulary, such as {@code militia}. */
  private static Gen<String> codes() {
    return Shared.CODES;
  }

  private static Gen<String> newCodes() {
    Gen<String> firstWord = stringOf(LOWER, 1, 1).zip(stringOf(LOWER + DIGITS, 0, 7), String::concat);
    return oneOf(Generate.pick(UNKNOWN_CODES), kebab(firstWord));
  }

  private static <C extends Code> Gen<C> vocabulary(List<C> known, Function<String, C> of) {
    return oneOf(Generate.pick(known), codes().map(of));
  }

  private static Gen<String> languages() {
    return Shared.LANGUAGE_TAGS;
  }

  private static Gen<String> newLanguages() {
    Gen<String> random = stringOf(LOWER, 2, 3)
        .zip(optional(stringOf(LOWER + UPPER + DIGITS, 2, 8)),
            (language, subtag) -> language + subtag.map(s -> "-" + s).orElse(""));
    return oneOf(Generate.pick(LANGUAGES), random);
  }

  private static Gen<String> scripts() {
    return Shared.SCRIPT_TAGS;
  }

  private static Gen<String> newScripts() {
    return oneOf(Generate.pick(SCRIPT_CODES),
        stringOf(UPPER, 1, 1).zip(stringOf(LOWER, 3, 3), String::concat));
  }

  private static Gen<String> icaoCodes() {
    return Shared.ICAO_CODES;
  }

  private static Gen<String> newIcaoCodes() {
    return oneOf(Generate.pick(FIRS), stringOf(UPPER, 4, 4));
  }

  private static Gen<String> urls() {
    return Shared.URL_TEXT;
  }

  private static Gen<String> newUrls() {
    Gen<String> host = lists().of(kebab(stringOf(LOWER + DIGITS, 1, 8))).ofSizeBetween(1, 3)
        .map(labels -> String.join(".", labels) + ".org");
    Gen<String> random = Generate.pick(List.of("http://", "https://"))
        .zip(host, optional(kebab(stringOf(LOWER + DIGITS, 1, 8))),
            (scheme, h, path) -> scheme + h + path.map(p -> "/" + p).orElse(""));
    return oneOf(Generate.pick(URLS), random);
  }

  private static List<String> isoCodes() {
    return Shared.ISO_CODES;
  }

  private static List<String> newIsoCodes() {
    List<String> codes = new ArrayList<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    codes.addAll(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    codes.sort(null);
    return codes;
  }

  // ---------------------------------------------------------------- helpers: numbers and time

  private static Gen<Long> positiveLongs() {
    return oneOf(Generate.pick(List.of(1L, 184L, Long.MAX_VALUE)), longs().between(1, Long.MAX_VALUE));
  }

  private static long count(RandomnessSource in) {
    return oneOf(Generate.pick(BOUNDARY_COUNTS), longs().between(0, 100_000),
        longs().between(0, UncertainCount.MAX)).generate(in);
  }

  private static Gen<Double> degrees(double limit) {
    Gen<Double> edges = Generate.pick(List.of(-limit, limit, 0.0, -0.0, Double.MIN_VALUE, 52.2297));
    return oneOf(edges, doubles().between(-limit, limit));
  }

  /** Years 0001–9999, often around the article's (2019–2026) so that periods overlap. */
  private static Gen<Integer> years() {
    return oneOf(Generate.pick(List.of(1, 9999, 1999, 2020, 2022, 2025)),
        integers().between(2019, 2026), integers().between(1, 9999));
  }

  private static Gen<YearMonth> yearMonths() {
    return years().zip(integers().between(1, 12), YearMonth::of);
  }

  private static Gen<OffsetDateTime> instants() {
    Gen<Integer> nanos = oneOf(Generate.pick(List.of(0, 500_000_000, 999_999_999)),
        integers().between(0, 999_999_999));
    Gen<ZoneOffset> offsets = oneOf(Generate.pick(OFFSETS),
        integers().between(-72, 72).map(quarters -> ZoneOffset.ofTotalSeconds(quarters * 900)));
    return in -> {
      YearMonth ym = yearMonths().generate(in);
      LocalDateTime local = LocalDateTime.of(ym.getYear(), ym.getMonthValue(),
          integers().between(1, ym.lengthOfMonth()).generate(in),
          integers().between(0, 23).generate(in),
          integers().between(0, 59).generate(in),
          integers().between(0, 59).generate(in),
          nanos.generate(in));
      return local.atOffset(offsets.generate(in));
    };
  }

  // ---------------------------------------------------------------- helpers: refs and combinators

  /**
   * The generators every other one draws from, made once: a generator holds no state, and making
   * one anew for every value drawn made the dossiers several times slower.
   */
  private static final class Shared {
    static final List<String> ISO_CODES = newIsoCodes();
    static final Gen<String> TEXT = newText();
    static final Gen<EntityId> ENTITY_IDS = newEntityIds();
    static final Gen<String> CODES = newCodes();
    static final Gen<String> LANGUAGE_TAGS = newLanguages();
    static final Gen<String> SCRIPT_TAGS = newScripts();
    static final Gen<String> ICAO_CODES = newIcaoCodes();
    static final Gen<String> URL_TEXT = newUrls();
    static final Gen<TimePoint> TIME_POINTS = newTimePoints();
  }

  /**
   * What the references of a value may point at, by the kind they need: any valid id (the open
   * world of the single-value generators, where states are the catalogue's), or only the ids of a
   * dossier's entities of that kind.
   */
  private record Universe(Pool<Source> sources, Pool<Actor> actors, Pool<State> states,
      Pool<Person> persons, Pool<Organization> organizations, Pool<Event> events,
      Pool<MilitaryExercise> exercises, Pool<Thing> things) {
    static final Universe OPEN = new Universe(Pool.open(), Pool.open(),
        Pool.ofRefs(StateCatalogue.all().stream().map(s -> Ref.<State>to(s))
            .collect(Collectors.toList())),
        Pool.open(), Pool.open(), Pool.open(), Pool.open(), Pool.open());
  }

  /** The ids references of one kind may point at: any valid id but a few, or a closed list. */
  private static final class Pool<T extends Entity> {
    private final List<Ref<T>> members; // null when open
    private final Set<EntityId> excluded; // for an open pool

    private Pool(List<Ref<T>> members, Set<EntityId> excluded) {
      this.members = members;
      this.excluded = excluded;
    }

    static <T extends Entity> Pool<T> open() {
      return new Pool<>(null, Set.of());
    }

    static <T extends Entity> Pool<T> ofRefs(List<Ref<T>> refs) {
      return new Pool<>(List.copyOf(refs), Set.of());
    }

    static <T extends Entity> Pool<T> ofIds(List<EntityId> ids) {
      return new Pool<>(ids.stream().map(id -> Ref.<T>of(id)).collect(Collectors.toList()),
          Set.of());
    }

    /** @return the pool without {@code id}, for references that may not point at themselves */
    Pool<T> without(EntityId id) {
      if (members == null) {
        Set<EntityId> more = new HashSet<>(excluded);
        more.add(id);
        return new Pool<>(null, more);
      }
      return new Pool<>(members.stream().filter(r -> !r.id().equals(id))
          .collect(Collectors.toList()), Set.of());
    }

    boolean isEmpty() {
      return members != null && members.isEmpty();
    }

    /** References to members; the pool must not be empty. */
    Gen<Ref<T>> refs() {
      if (members != null) {
        if (members.isEmpty()) {
          throw new IllegalStateException("no entity to refer to");
        }
        return Generate.pick(members);
      }
      return entityIds().map(id -> Ref.<T>of(avoiding(id, excluded)));
    }

    /** A reference or none; none when the pool is empty. */
    Gen<Optional<Ref<T>>> maybe() {
      return isEmpty() ? Generate.constant(Optional.empty()) : optional(refs());
    }

    /** Distinct references, {@code min} to {@code max} of them as far as the pool has them. */
    Gen<List<Ref<T>>> some(int min, int max) {
      return isEmpty() ? Generate.constant(List.of())
          : lists().of(refs()).ofSizeBetween(min, max)
              .map(refs -> refs.stream().distinct().collect(Collectors.toList()));
    }
  }

  /** {@code id}, or if it is excluded, {@code other} (or {@code other-2}, …) that is not. */
  private static EntityId avoiding(EntityId id, Set<EntityId> excluded) {
    for (int n = 1; excluded.contains(id); n++) {
      id = EntityId.of(n == 1 ? "other" : "other-" + n);
    }
    return id;
  }

  /** Counts at the edge of each threshold: just below, at, just above, and straddling it. */
  private static Gen<UncertainCount> countsNear(List<Long> thresholds) {
    return in -> {
      long m = Generate.pick(thresholds).generate(in);
      List<UncertainCount> near = List.of(UncertainCount.exactly(m), UncertainCount.exactly(m - 1),
          UncertainCount.atLeast(m), UncertainCount.moreThan(m - 1), UncertainCount.almost(m),
          UncertainCount.between(m - 1, m), UncertainCount.between(m, m + 1),
          UncertainCount.atMost(m), UncertainCount.about(m), UncertainCount.upTo(m),
          UncertainCount.upTo(m - 1));
      return Generate.pick(near).generate(in);
    };
  }

  /** Counts whose lower bound is at most {@code most}, and often exactly {@code most}. */
  private static Gen<Optional<UncertainCount>> countsUpTo(long most) {
    List<UncertainCount> counts = new ArrayList<>(List.of(UncertainCount.exactly(most),
        UncertainCount.atLeast(most), UncertainCount.atMost(most), UncertainCount.between(0, most),
        UncertainCount.unknown()));
    if (most >= 1) {
      counts.add(UncertainCount.some());
    }
    return Generate.pick(counts).map(Optional::of);
  }

  private static int utcYear(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).getYear();
  }

  private static <T> Gen<Optional<T>> optional(Gen<T> present) {
    return present.toOptionals(40);
  }

  private static <T> Gen<List<T>> listOf(Gen<T> element, int maxSize) {
    return lists().of(element).ofSizeBetween(0, maxSize);
  }

  @SafeVarargs
  @SuppressWarnings("varargs") // rest is only read, by Generate.oneOf
  private static <T> Gen<T> oneOf(Gen<T> first, Gen<T>... rest) {
    return Generate.oneOf(first, rest);
  }

  private static <T> Gen<T> widen(Gen<? extends T> narrow) {
    return narrow.map(t -> t);
  }
}
