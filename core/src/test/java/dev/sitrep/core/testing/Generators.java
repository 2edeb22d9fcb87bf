package dev.sitrep.core.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.sitrep.core.Code;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.ActorRelation;
import dev.sitrep.core.actor.Collective;
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
import dev.sitrep.core.geo.Airspace;
import dev.sitrep.core.geo.GeoPoint;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.geo.PlacePrecision;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.IdScheme;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.Quote;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.provenance.SourceKind;
import dev.sitrep.core.quantity.Qualifier;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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

  private static final List<Long> BOUNDARY_COUNTS =
      List.of(0L, 1L, 3L, 4L, 19L, 299L, 300L, 1000L, 1001L, Long.MAX_VALUE - 1, Long.MAX_VALUE);

  private static final List<String> COUNT_PHRASES = List.of(
      "at least nineteen", "almost 300", "over a thousand", "a number of", "3 or 4",
      "12,800 declared");

  private Generators() {}

  // ---------------------------------------------------------------- identity

  /** @return slugs such as {@code exercise/zapad-2025}, up to the longest allowed (200) */
  public static Gen<EntityId> entityIds() {
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
    Gen<ExternalId> other = codes().map(IdScheme::of)
        .zip(text(), (scheme, value) -> ExternalId.of(scheme, value));
    return oneOf(wikidata, iso, icao, url, other);
  }

  // ---------------------------------------------------------------- time

  /** @return years, months, days and instants (with offsets from -18:00 to +18:00), 0001–9999 */
  public static Gen<TimePoint> timePoints() {
    Gen<TimePoint> years = years().map(TimePoint::year);
    Gen<TimePoint> months = yearMonths().map(ym -> TimePoint.month(ym.getYear(), ym.getMonthValue()));
    Gen<TimePoint> days = in -> {
      YearMonth ym = yearMonths().generate(in);
      int day = integers().between(1, ym.lengthOfMonth()).generate(in);
      return TimePoint.day(ym.getYear(), ym.getMonthValue(), day);
    };
    return oneOf(years, months, days, instants().map(TimePoint::instant));
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
      return Period.builder().start(start).end(end).phrase(optional(text()).generate(in)).build();
    };
  }

  // ---------------------------------------------------------------- quantity

  /**
   * @return counts of every qualifier, with best and upper absent or present where the qualifier
   *     allows, bounds from 0 to {@code Long.MAX_VALUE}, and the source's phrase or none
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
          || qualifier == Qualifier.AT_MOST || qualifier == Qualifier.BETWEEN
          || booleans().all().generate(in);
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

  /** @return places in catalogue states, with and without a point, of every precision */
  public static Gen<Place> places() {
    return in -> Place.builder()
        .name(text().generate(in))
        .country(stateRefs().generate(in))
        .point(optional(geoPoints()).generate(in))
        .precision(Generate.enumValues(PlacePrecision.class).generate(in))
        .build();
  }

  /** @return airspaces of catalogue states, with and without a flight information region */
  public static Gen<Airspace> airspaces() {
    return in -> {
      Ref<State> state = stateRefs().generate(in);
      return optional(icaoCodes()).generate(in)
          .map(fir -> Airspace.of(state, fir))
          .orElseGet(() -> Airspace.of(state));
    };
  }

  // ---------------------------------------------------------------- provenance

  /** @return sources of well-known and unknown kinds, every optional absent or present */
  public static Gen<Source> sources() {
    return in -> Source.builder()
        .id(entityIds().generate(in))
        .kind(vocabulary(Code.known(SourceKind.class), SourceKind::of).generate(in))
        .title(text().generate(in))
        .publisher(optional(text()).generate(in))
        .authors(listOf(text(), 3).generate(in))
        .published(optional(timePoints()).generate(in))
        .url(optional(urls()).generate(in))
        .build();
  }

  /** @return attributions of every hedge, with and without an asserter, description and date */
  public static Gen<Attribution> attributions() {
    return in -> Attribution.builder()
        .source(Generators.<Source>refs().generate(in))
        .assertedBy(optional(Generators.<Actor>refs()).generate(in))
        .assertedByDescription(optional(text()).generate(in))
        .hedge(Generate.enumValues(Hedge.class).generate(in))
        .date(optional(timePoints()).generate(in))
        .build();
  }

  /** @return quotes with and without a language */
  public static Gen<Quote> quotes() {
    return in -> Quote.builder()
        .text(text().generate(in))
        .language(optional(languages()).generate(in))
        .attribution(attributions().generate(in))
        .build();
  }

  /**
   * @param values what is claimed
   * @param <V> the kind of value claimed
   * @return claims of those values with any attribution
   */
  public static <V> Gen<Claim<V>> claims(Gen<V> values) {
    return values.zip(attributions(), Claim::of);
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
        .withOtherNames(listOf(names(), 2).generate(in));
  }

  /** @return persons with any number of other names and external ids */
  public static Gen<Person> persons() {
    return in -> Person.builder()
        .id(entityIds().generate(in))
        .name(text().generate(in))
        .otherNames(listOf(names(), 3).generate(in))
        .externalIds(listOf(externalIds(), 3).generate(in))
        .birthDate(optional(timePoints()).generate(in))
        .build();
  }

  /** @return organizations of well-known and unknown kinds, with and without parent and state */
  public static Gen<Organization> organizations() {
    return in -> {
      EntityId id = entityIds().generate(in);
      return Organization.builder()
          .id(id)
          .name(text().generate(in))
          .otherNames(listOf(names(), 2).generate(in))
          .externalIds(listOf(externalIds(), 2).generate(in))
          .kind(vocabulary(Code.known(OrganizationKind.class), OrganizationKind::of).generate(in))
          .parent(optional(Generators.<Organization>refsOtherThan(id)).generate(in))
          .state(optional(stateRefs()).generate(in))
          .build();
    };
  }

  /** @return collectives with and without affiliation, kind and size */
  public static Gen<Collective> collectives() {
    return in -> Collective.builder()
        .id(entityIds().generate(in))
        .name(text().generate(in))
        .otherNames(listOf(names(), 2).generate(in))
        .externalIds(listOf(externalIds(), 2).generate(in))
        .affiliation(optional(Generators.<Actor>refs()).generate(in))
        .kind(optional(vocabulary(Code.known(OrganizationKind.class), OrganizationKind::of)).generate(in))
        .size(optional(uncertainCounts()).generate(in))
        .build();
  }

  /** @return actors of every variant */
  public static Gen<Actor> actors() {
    return oneOf(widen(states()), widen(persons()), widen(organizations()), widen(collectives()));
  }

  /** @return memberships of any actor in another organization */
  public static Gen<Membership> memberships() {
    return in -> {
      Ref<Actor> member = Generators.<Actor>refs().generate(in);
      return Membership.builder()
          .id(entityIds().generate(in))
          .member(member)
          .organization(Generators.<Organization>refsOtherThan(member.id()).generate(in))
          .period(optional(periods()).generate(in))
          .attributions(listOf(attributions(), 2).generate(in))
          .build();
    };
  }

  /** @return offices held by a person in another actor */
  public static Gen<Office> offices() {
    return in -> {
      Ref<Person> holder = Generators.<Person>refs().generate(in);
      return Office.builder()
          .id(entityIds().generate(in))
          .holder(holder)
          .title(text().generate(in))
          .of(Generators.<Actor>refsOtherThan(holder.id()).generate(in))
          .period(optional(periods()).generate(in))
          .attributions(listOf(attributions(), 2).generate(in))
          .build();
    };
  }

  /** @return directed relations of well-known and unknown kinds between two distinct actors */
  public static Gen<ActorRelation> actorRelations() {
    return in -> {
      Ref<Actor> from = Generators.<Actor>refs().generate(in);
      return ActorRelation.builder()
          .id(entityIds().generate(in))
          .from(from)
          .kind(vocabulary(Code.known(RelationKind.class), RelationKind::of).generate(in))
          .to(Generators.<Actor>refsOtherThan(from.id()).generate(in))
          .period(optional(periods()).generate(in))
          .attributions(listOf(attributions(), 2).generate(in))
          .build();
    };
  }

  /** @return relations of every variant */
  public static Gen<Relation> relations() {
    return oneOf(widen(memberships()), widen(offices()), widen(actorRelations()));
  }

  // ---------------------------------------------------------------- helpers: text and codes

  /** Non-blank text: awkward samples, or a run of chunks from several scripts. */
  private static Gen<String> text() {
    Gen<String> chunk = Generate.pick(SCRIPTS)
        .flatMap(range -> codePoints(range[0], range[1], 1, 6));
    Gen<String> mixed = lists().of(chunk).ofSizeBetween(1, 4)
        .map(chunks -> String.join("", chunks))
        .map(s -> s.isBlank() ? "x" + s : s);
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
    Gen<String> firstWord = stringOf(LOWER, 1, 1).zip(stringOf(LOWER + DIGITS, 0, 7), String::concat);
    return oneOf(Generate.pick(UNKNOWN_CODES), kebab(firstWord));
  }

  private static <C extends Code> Gen<C> vocabulary(List<C> known, Function<String, C> of) {
    return oneOf(Generate.pick(known), codes().map(of));
  }

  private static Gen<String> languages() {
    Gen<String> random = stringOf(LOWER, 2, 3)
        .zip(optional(stringOf(LOWER + UPPER + DIGITS, 2, 8)),
            (language, subtag) -> language + subtag.map(s -> "-" + s).orElse(""));
    return oneOf(Generate.pick(LANGUAGES), random);
  }

  private static Gen<String> scripts() {
    return oneOf(Generate.pick(SCRIPT_CODES),
        stringOf(UPPER, 1, 1).zip(stringOf(LOWER, 3, 3), String::concat));
  }

  private static Gen<String> icaoCodes() {
    return oneOf(Generate.pick(FIRS), stringOf(UPPER, 4, 4));
  }

  private static Gen<String> urls() {
    Gen<String> host = lists().of(kebab(stringOf(LOWER + DIGITS, 1, 8))).ofSizeBetween(1, 3)
        .map(labels -> String.join(".", labels) + ".org");
    Gen<String> random = Generate.pick(List.of("http://", "https://"))
        .zip(host, optional(kebab(stringOf(LOWER + DIGITS, 1, 8))),
            (scheme, h, path) -> scheme + h + path.map(p -> "/" + p).orElse(""));
    return oneOf(Generate.pick(URLS), random);
  }

  private static List<String> isoCodes() {
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
        longs().between(0, Long.MAX_VALUE)).generate(in);
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

  private static Gen<Ref<State>> stateRefs() {
    return Generate.pick(StateCatalogue.all()).map(s -> Ref.<State>to(s));
  }

  /** References to any id but {@code taken}, for relations that may not point at themselves. */
  private static <T extends Entity> Gen<Ref<T>> refsOtherThan(EntityId taken) {
    return entityIds().map(id -> Ref.<T>of(
        !id.equals(taken) ? id : EntityId.of(taken.value().equals("other") ? "another" : "other")));
  }

  private static <T> Gen<Optional<T>> optional(Gen<T> present) {
    return present.toOptionals(40);
  }

  private static <T> Gen<List<T>> listOf(Gen<T> element, int maxSize) {
    return lists().of(element).ofSizeBetween(0, maxSize);
  }

  @SafeVarargs
  private static <T> Gen<T> oneOf(Gen<T> first, Gen<T>... rest) {
    return Generate.oneOf(first, rest);
  }

  private static <T> Gen<T> widen(Gen<? extends T> narrow) {
    return narrow.map(t -> t);
  }
}
