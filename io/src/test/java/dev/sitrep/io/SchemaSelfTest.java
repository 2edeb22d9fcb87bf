package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.sitrep.core.geo.PlacePrecision;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.quantity.Qualifier;
import dev.sitrep.io.codec.Families;
import dev.sitrep.io.codec.Scalars;
import dev.sitrep.io.codec.Wire;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tests sitrep.schema.json itself: hand-written samples from the Zapad 2025 article that each
 * {@code $defs} entry must accept, one sample per rule that it must refuse, and the schema's
 * agreement with the wire names and enums of the codecs.
 */
class SchemaSelfTest {
  private static final JsonNode SCHEMA = JsonMapper.shared().readTree(SchemaValidator.schemaText());

  private static final String ARTICLE = "source/atlantic-council-zapad-2025";

  private static final String REPORTED = """
      {"source": "source/atlantic-council-zapad-2025", "hedge": "reported", "date": "2025-09-10"}""";

  private static final String BELARUS = """
      {"type": "state", "id": "state/blr", "name": "Belarus",
       "other_names": [{"value": "Беларусь", "language": "be", "script": "Cyrl"}],
       "external_ids": [{"scheme": "iso-3166", "value": "BY"}, {"scheme": "iso-3166", "value": "BLR"},
                        {"scheme": "wikidata", "value": "Q184"}],
       "alpha2": "BY", "alpha3": "BLR"}""";

  private static final String LUKASHENKA = """
      {"type": "person", "id": "person/alyaksandr-lukashenka", "name": "Alyaksandr Lukashenka",
       "other_names": [{"value": "Alexander Lukashenko", "language": "en"},
                       {"value": "Аляксандр Лукашэнка", "language": "be", "script": "Cyrl"},
                       {"value": "Александр Лукашенко", "language": "ru", "script": "Cyrl"}],
       "external_ids": [{"scheme": "wikidata", "value": "Q52997"}],
       "birth_date": "1954-08-30"}""";

  private static final String POLISH_PARLIAMENT = """
      {"type": "organization", "id": "organization/polish-parliament", "name": "Polish parliament",
       "other_names": [{"value": "Zgromadzenie Narodowe", "language": "pl"}],
       "kind": "legislature", "state": "state/pol"}""";

  private static final String STATE_ENTERPRISES = """
      {"type": "collective", "id": "collective/belarusian-state-enterprises",
       "name": "Belarusian state enterprises", "affiliation": "state/blr", "kind": "state-enterprise",
       "size": {"lower": 0, "upper": 299, "qualifier": "almost", "phrase": "almost 300"}}""";

  private static final String POLAND_IN_NATO = """
      {"type": "membership", "id": "membership/pol-in-nato", "member": "state/pol",
       "organization": "organization/nato", "period": {"start": "1999-03-12"}}""";

  private static final String TUSK_PRIME_MINISTER = """
      {"type": "office", "id": "office/tusk-prime-minister-of-poland", "holder": "person/donald-tusk",
       "title": "Prime Minister", "of": "state/pol",
       "attributions": [{"source": "source/atlantic-council-zapad-2025", "hedge": "confirmed"}]}""";

  private static final String LUKASHENKA_DEPENDS_ON_KREMLIN = """
      {"type": "actor-relation", "id": "relation/lukashenka-depends-on-kremlin",
       "from": "person/alyaksandr-lukashenka", "kind": "depends-on", "to": "organization/kremlin",
       "period": {"start": "2020", "phrase": "ever since 2020"},
       "attributions": [{"source": "source/atlantic-council-zapad-2025", "hedge": "estimated"}]}""";

  static Stream<Arguments> valid() {
    return Stream.of(
        arguments("entity-id", "\"exercise/zapad-2025\""),
        arguments("entity-id", "\"state/blr\""),
        arguments("entity-id", "\"incident/2025-09-10/drones-over-poland\""),
        arguments("entity-id", "\"" + "a".repeat(200) + "\""),
        arguments("ref", "\"state/pol\""),
        arguments("time-point", "\"2020\""),
        arguments("time-point", "\"2022-02\""),
        arguments("time-point", "\"2025-09-10\""),
        arguments("time-point", "\"2025-09-10T04:30Z\""),
        arguments("time-point", "\"2025-09-10T04:30:00Z\""),
        arguments("time-point", "\"2025-09-10T06:30:15.5+02:00\""),
        arguments("time-point", "\"2025-09-10T01:00:00.123456789-03:30\""),
        arguments("period", "{\"start\": \"2025-09-12\"}"),
        arguments("period",
            "{\"start\": \"2025-09-10\", \"end\": \"2025-09-10\", \"phrase\": \"early on September 10\"}"),
        arguments("uncertain-count",
            "{\"lower\": 19, \"qualifier\": \"at-least\", \"phrase\": \"at least nineteen\"}"),
        arguments("uncertain-count",
            "{\"lower\": 0, \"upper\": 299, \"qualifier\": \"almost\", \"phrase\": \"almost 300\"}"),
        arguments("uncertain-count",
            "{\"lower\": 1001, \"qualifier\": \"more-than\", \"phrase\": \"over a thousand\"}"),
        arguments("uncertain-count",
            "{\"lower\": 1, \"qualifier\": \"some\", \"phrase\": \"a number of\"}"),
        arguments("uncertain-count",
            "{\"lower\": 3, \"upper\": 4, \"qualifier\": \"between\", \"phrase\": \"3 or 4\"}"),
        arguments("uncertain-count", "{\"lower\": 0, \"best\": 13000, \"qualifier\": \"about\"}"),
        arguments("uncertain-count",
            "{\"lower\": 19, \"best\": 19, \"upper\": 19, \"qualifier\": \"exactly\"}"),
        arguments("uncertain-count", "{\"lower\": 0, \"upper\": 20, \"qualifier\": \"at-most\"}"),
        arguments("uncertain-count", "{\"lower\": 0, \"qualifier\": \"unknown\"}"),
        arguments("external-id", "{\"scheme\": \"wikidata\", \"value\": \"Q184\"}"),
        arguments("external-id", "{\"scheme\": \"iso-3166\", \"value\": \"BY\"}"),
        arguments("external-id", "{\"scheme\": \"iso-3166\", \"value\": \"BLR\"}"),
        arguments("external-id", "{\"scheme\": \"icao\", \"value\": \"EPWW\"}"),
        arguments("external-id",
            "{\"scheme\": \"url\", \"value\": \"https://www.atlanticcouncil.org/\"}"),
        arguments("external-id", "{\"scheme\": \"viasna\", \"value\": \"case 42/2025\"}"),
        arguments("geo-point", "{\"lat\": 52.2297, \"lon\": 21.0122}"),
        arguments("geo-point", "{\"lat\": -90, \"lon\": 180}"),
        arguments("place", """
            {"name": "Warsaw", "country": "state/pol", "point": {"lat": 52.2297, "lon": 21.0122},
             "precision": "settlement"}"""),
        arguments("place", """
            {"name": "an aerodrome in Kaliningrad Region", "country": "state/rus",
             "precision": "region"}"""),
        arguments("airspace", "{\"state\": \"state/pol\", \"flight_information_region\": \"EPWW\"}"),
        arguments("airspace", "{\"state\": \"state/blr\"}"),
        arguments("source", """
            {"id": "source/atlantic-council-zapad-2025", "kind": "article", "title": "Zapad 2025",
             "publisher": "Atlantic Council", "authors": ["Hanna Liubakova"], "published": "2025-09",
             "url": "https://www.atlanticcouncil.org/blogs/ukrainealert/"}"""),
        arguments("source", """
            {"id": "source/reuters-zapad-2021-paratroopers", "kind": "photograph",
             "title": "Russian paratroopers board Il-76 transport aircraft during Zapad-2021",
             "publisher": "Reuters", "authors": ["Vitaly Nevar"], "published": "2021-09-13"}"""),
        arguments("source", "{\"id\": \"source/minsk-tv\", \"kind\": \"broadcast\", \"title\": \"Evening news\"}"),
        arguments("source", "{\"id\": \"source/x\", \"kind\": \"article\", \"title\": \"Zapad 2025\", \"authors\": []}"),
        arguments("attribution", REPORTED),
        arguments("attribution", """
            {"source": "source/atlantic-council-zapad-2025", "asserted_by_description": "officials",
             "hedge": "declared"}"""),
        arguments("attribution", """
            {"source": "source/atlantic-council-zapad-2025", "asserted_by": "collective/officials-in-minsk",
             "asserted_by_description": "officials in Minsk", "hedge": "claimed",
             "date": "2025-09-10T04:30:00Z"}"""),
        arguments("quote", """
            {"text": "the closest we have been to open conflict since World War II", "language": "en",
             "attribution": {"source": "source/atlantic-council-zapad-2025",
                             "asserted_by": "person/donald-tusk", "hedge": "confirmed"}}"""),
        arguments("quote", "{\"text\": \"creeping annexation\", \"attribution\": " + REPORTED + "}"),
        arguments("claim", "{\"value\": {\"lower\": 19, \"qualifier\": \"at-least\"}, \"attribution\": "
            + REPORTED + "}"),
        arguments("claim", "{\"value\": \"2025-09-12\", \"attribution\": " + REPORTED + "}"),
        arguments("name", "{\"value\": \"Lukashenko\"}"),
        arguments("name", "{\"value\": \"Аляксандр Лукашэнка\", \"language\": \"be\", \"script\": \"Cyrl\"}"),
        arguments("name", "{\"value\": \"Alexander Lukashenko\", \"language\": \"en-GB\"}"),
        arguments("state", BELARUS),
        arguments("state", "{\"type\": \"state\", \"id\": \"state/pol\", \"name\": \"Poland\", "
            + "\"alpha2\": \"PL\", \"alpha3\": \"POL\"}"),
        arguments("state", "{\"type\": \"state\", \"id\": \"state/ltu\", \"name\": \"Lithuania\", "
            + "\"other_names\": [], \"external_ids\": [], \"alpha2\": \"LT\", \"alpha3\": \"LTU\"}"),
        arguments("person", LUKASHENKA),
        arguments("person", "{\"type\": \"person\", \"id\": \"person/donald-tusk\", \"name\": \"Donald Tusk\"}"),
        arguments("organization", POLISH_PARLIAMENT),
        arguments("organization", """
            {"type": "organization", "id": "organization/nato", "name": "NATO",
             "other_names": [{"value": "North Atlantic Treaty Organization", "language": "en"}],
             "external_ids": [{"scheme": "wikidata", "value": "Q7184"}], "kind": "alliance"}"""),
        arguments("organization", """
            {"type": "organization", "id": "organization/russian-military", "name": "Russian military",
             "kind": "armed-forces", "parent": "organization/russian-ministry-of-defence",
             "state": "state/rus"}"""),
        arguments("collective", STATE_ENTERPRISES),
        arguments("collective", """
            {"type": "collective", "id": "collective/officials-in-minsk", "name": "officials in Minsk",
             "affiliation": "state/blr"}"""),
        arguments("actor", BELARUS),
        arguments("actor", LUKASHENKA),
        arguments("actor", POLISH_PARLIAMENT),
        arguments("actor", STATE_ENTERPRISES),
        arguments("membership", POLAND_IN_NATO),
        arguments("office", TUSK_PRIME_MINISTER),
        arguments("actor-relation", LUKASHENKA_DEPENDS_ON_KREMLIN),
        arguments("actor-relation", """
            {"type": "actor-relation", "id": "relation/blr-hosts-forces-of-rus", "from": "state/blr",
             "kind": "hosts-forces-of", "to": "state/rus", "period": {"start": "2025-09-12"}}"""),
        arguments("actor-relation", """
            {"type": "actor-relation", "id": "relation/blr-warns-pol", "from": "state/blr",
             "kind": "gives-advance-warning-to", "to": "state/pol"}"""),
        arguments("relation", POLAND_IN_NATO),
        arguments("relation", TUSK_PRIME_MINISTER),
        arguments("relation", LUKASHENKA_DEPENDS_ON_KREMLIN));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("valid")
  void accepts(String defName, String json) {
    SchemaValidator.assertValid(defName, json);
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        // entity ids and references
        arguments("entity-id", "capitals", "\"State/BLR\""),
        arguments("entity-id", "underscore", "\"state_blr\""),
        arguments("entity-id", "empty segment", "\"state//blr\""),
        arguments("entity-id", "leading slash", "\"/state/blr\""),
        arguments("entity-id", "trailing slash", "\"state/blr/\""),
        arguments("entity-id", "space", "\"exercise/zapad 2025\""),
        arguments("entity-id", "empty", "\"\""),
        arguments("entity-id", "over 200 characters", "\"" + "a".repeat(201) + "\""),
        arguments("entity-id", "not a string", "42"),
        arguments("ref", "embedded object", "{\"id\": \"state/blr\"}"),
        // time points
        arguments("time-point", "prose", "\"10 September 2025\""),
        arguments("time-point", "unpadded month", "\"2025-9-10\""),
        arguments("time-point", "two-digit year", "\"25\""),
        arguments("time-point", "month 13", "\"2025-13\""),
        arguments("time-point", "day 32", "\"2025-09-32\""),
        arguments("time-point", "date-time without offset", "\"2025-09-10T04:30\""),
        arguments("time-point", "hour 25", "\"2025-09-10T25:00Z\""),
        arguments("time-point", "space for T", "\"2025-09-10 04:30Z\""),
        arguments("time-point", "fraction without seconds", "\"2025-09-10T04:30.5Z\""),
        arguments("time-point", "a number", "2025"),
        // periods
        arguments("period", "missing start", "{\"end\": \"2025-09-16\"}"),
        arguments("period", "bad end", "{\"start\": \"2025-09-12\", \"end\": \"mid-September\"}"),
        arguments("period", "null end", "{\"start\": \"2025-09-12\", \"end\": null}"),
        arguments("period", "blank phrase", "{\"start\": \"2025-09-12\", \"phrase\": \"  \"}"),
        arguments("period", "unknown property",
            "{\"start\": \"2025-09-12\", \"duration\": \"P5D\"}"),
        // counts
        arguments("uncertain-count", "negative lower", "{\"lower\": -1, \"qualifier\": \"at-least\"}"),
        arguments("uncertain-count", "negative upper",
            "{\"lower\": 0, \"upper\": -19, \"qualifier\": \"at-most\"}"),
        arguments("uncertain-count", "fractional lower", "{\"lower\": 19.5, \"qualifier\": \"at-least\"}"),
        arguments("uncertain-count", "lower as string", "{\"lower\": \"19\", \"qualifier\": \"at-least\"}"),
        arguments("uncertain-count", "missing qualifier", "{\"lower\": 19}"),
        arguments("uncertain-count", "missing lower", "{\"qualifier\": \"unknown\"}"),
        arguments("uncertain-count", "Java enum name",
            "{\"lower\": 19, \"qualifier\": \"AT_LEAST\"}"),
        arguments("uncertain-count", "snake_case enum",
            "{\"lower\": 19, \"qualifier\": \"at_least\"}"),
        arguments("uncertain-count", "between without upper",
            "{\"lower\": 3, \"qualifier\": \"between\"}"),
        arguments("uncertain-count", "almost without upper",
            "{\"lower\": 0, \"qualifier\": \"almost\", \"phrase\": \"almost 300\"}"),
        arguments("uncertain-count", "exactly without upper",
            "{\"lower\": 19, \"qualifier\": \"exactly\"}"),
        arguments("uncertain-count", "about without best",
            "{\"lower\": 0, \"qualifier\": \"about\"}"),
        arguments("uncertain-count", "some with lower 0",
            "{\"lower\": 0, \"qualifier\": \"some\", \"phrase\": \"a number of\"}"),
        arguments("uncertain-count", "unknown property",
            "{\"lower\": 19, \"qualifier\": \"at-least\", \"text\": \"at least nineteen\"}"),
        // external ids
        arguments("external-id", "bad Wikidata id", "{\"scheme\": \"wikidata\", \"value\": \"184\"}"),
        arguments("external-id", "lowercase ISO code", "{\"scheme\": \"iso-3166\", \"value\": \"by\"}"),
        arguments("external-id", "short ICAO", "{\"scheme\": \"icao\", \"value\": \"EPW\"}"),
        arguments("external-id", "URL without scheme",
            "{\"scheme\": \"url\", \"value\": \"www.atlanticcouncil.org\"}"),
        arguments("external-id", "scheme not a code", "{\"scheme\": \"ISO 3166\", \"value\": \"BY\"}"),
        arguments("external-id", "blank value", "{\"scheme\": \"viasna\", \"value\": \" \"}"),
        // geo
        arguments("geo-point", "latitude 91", "{\"lat\": 91, \"lon\": 21.0122}"),
        arguments("geo-point", "longitude -181", "{\"lat\": 52.2297, \"lon\": -181}"),
        arguments("geo-point", "latitude as string", "{\"lat\": \"52.2297\", \"lon\": 21.0122}"),
        arguments("geo-point", "missing lon", "{\"lat\": 52.2297}"),
        arguments("place", "wrong precision", """
            {"name": "Warsaw", "country": "state/pol", "precision": "city"}"""),
        arguments("place", "missing precision", "{\"name\": \"Warsaw\", \"country\": \"state/pol\"}"),
        arguments("place", "unknown property", """
            {"name": "Warsaw", "country": "state/pol", "precision": "settlement", "region": "Masovia"}"""),
        arguments("place", "bad nested point", """
            {"name": "Warsaw", "country": "state/pol", "precision": "settlement",
             "point": {"lat": 52.2297, "lon": 21.0122, "alt": 100}}"""),
        arguments("airspace", "lowercase ICAO", "{\"state\": \"state/pol\", \"flight_information_region\": \"epww\"}"),
        arguments("airspace", "camelCase property", "{\"state\": \"state/pol\", \"flightInformationRegion\": \"EPWW\"}"),
        // provenance
        arguments("source", "missing kind", "{\"id\": \"source/x\", \"title\": \"Zapad 2025\"}"),
        arguments("source", "kind not a code",
            "{\"id\": \"source/x\", \"kind\": \"Official Statement\", \"title\": \"Zapad 2025\"}"),
        arguments("source", "blank title", "{\"id\": \"source/x\", \"kind\": \"article\", \"title\": \"   \"}"),
        arguments("source", "authors as string", """
            {"id": "source/x", "kind": "article", "title": "Zapad 2025", "authors": "Hanna Liubakova"}"""),
        arguments("source", "null publisher",
            "{\"id\": \"source/x\", \"kind\": \"article\", \"title\": \"Zapad 2025\", \"publisher\": null}"),
        arguments("source", "URL without scheme",
            "{\"id\": \"source/x\", \"kind\": \"article\", \"title\": \"Zapad 2025\", "
                + "\"url\": \"www.atlanticcouncil.org\"}"),
        arguments("attribution", "missing hedge", "{\"source\": \"" + ARTICLE + "\"}"),
        arguments("attribution", "wrong hedge", "{\"source\": \"" + ARTICLE + "\", \"hedge\": \"reportedly\"}"),
        arguments("attribution", "missing source", "{\"hedge\": \"reported\"}"),
        arguments("attribution", "bad date",
            "{\"source\": \"" + ARTICLE + "\", \"hedge\": \"reported\", \"date\": \"Wednesday\"}"),
        arguments("quote", "missing attribution", "{\"text\": \"creeping annexation\"}"),
        arguments("quote", "bad language",
            "{\"text\": \"creeping annexation\", \"language\": \"English\", \"attribution\": " + REPORTED + "}"),
        arguments("claim", "missing value", "{\"attribution\": " + REPORTED + "}"),
        arguments("claim", "unknown property",
            "{\"value\": 19, \"attribution\": " + REPORTED + ", \"hedge\": \"claimed\"}"),
        // actors
        arguments("name", "lowercase script", "{\"value\": \"Лукашэнка\", \"script\": \"cyrl\"}"),
        arguments("name", "blank value", "{\"value\": \"\"}"),
        arguments("state", "missing type", """
            {"id": "state/blr", "name": "Belarus", "alpha2": "BY", "alpha3": "BLR"}"""),
        arguments("state", "wrong type", """
            {"type": "country", "id": "state/blr", "name": "Belarus", "alpha2": "BY", "alpha3": "BLR"}"""),
        arguments("state", "lowercase alpha2", """
            {"type": "state", "id": "state/blr", "name": "Belarus", "alpha2": "by", "alpha3": "BLR"}"""),
        arguments("state", "four-letter alpha3", """
            {"type": "state", "id": "state/blr", "name": "Belarus", "alpha2": "BY", "alpha3": "BLRS"}"""),
        arguments("state", "unknown property", """
            {"type": "state", "id": "state/blr", "name": "Belarus", "alpha2": "BY", "alpha3": "BLR",
             "capital": "Minsk"}"""),
        arguments("state", "bad other name", """
            {"type": "state", "id": "state/blr", "name": "Belarus", "alpha2": "BY", "alpha3": "BLR",
             "other_names": ["Беларусь"]}"""),
        arguments("person", "bad birth date", """
            {"type": "person", "id": "person/alyaksandr-lukashenka", "name": "Alyaksandr Lukashenka",
             "birth_date": "30 August 1954"}"""),
        arguments("organization", "missing kind", """
            {"type": "organization", "id": "organization/nato", "name": "NATO"}"""),
        arguments("organization", "kind not a code", """
            {"type": "organization", "id": "organization/nato", "name": "NATO", "kind": "Armed_Forces"}"""),
        arguments("collective", "bad nested size", """
            {"type": "collective", "id": "collective/officials-in-minsk", "name": "officials in Minsk",
             "size": {"lower": -3, "qualifier": "at-least"}}"""),
        arguments("actor", "missing type", """
            {"id": "person/donald-tusk", "name": "Donald Tusk"}"""),
        arguments("actor", "unknown type", """
            {"type": "politician", "id": "person/donald-tusk", "name": "Donald Tusk"}"""),
        arguments("actor", "properties of another variant", """
            {"type": "person", "id": "state/pol", "name": "Poland", "alpha2": "PL", "alpha3": "POL"}"""),
        // relations
        arguments("membership", "missing organization", """
            {"type": "membership", "id": "membership/pol-in-nato", "member": "state/pol"}"""),
        arguments("office", "missing title", """
            {"type": "office", "id": "office/tusk", "holder": "person/donald-tusk", "of": "state/pol"}"""),
        arguments("actor-relation", "kind not a code", """
            {"type": "actor-relation", "id": "relation/x", "from": "state/blr", "kind": "hosts forces of",
             "to": "state/rus"}"""),
        arguments("actor-relation", "attribution not in an array", """
            {"type": "actor-relation", "id": "relation/x", "from": "state/blr", "kind": "hosts-forces-of",
             "to": "state/rus", "attributions": {"source": "source/x", "hedge": "reported"}}"""),
        arguments("relation", "missing type", """
            {"id": "membership/pol-in-nato", "member": "state/pol", "organization": "organization/nato"}"""),
        arguments("relation", "actor type", """
            {"type": "state", "id": "state/blr", "name": "Belarus", "alpha2": "BY", "alpha3": "BLR"}"""),
        arguments("relation", "properties of another variant", """
            {"type": "office", "id": "membership/pol-in-nato", "member": "state/pol",
             "organization": "organization/nato"}"""));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("invalid")
  void refuses(String defName, String rule, String json) {
    assertThat(SchemaValidator.errors(defName, json)).as("%s: %s", rule, json).isNotEmpty();
  }

  @Test
  void everyDefIsAcceptedAndRefusedBySomeSample() {
    Set<String> accepted = valid().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    Set<String> refused = invalid().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    Set<String> helpers = Set.of("non-blank-string", "code", "language-tag");
    for (String def : SchemaValidator.defNames()) {
      if (!helpers.contains(def)) {
        assertThat(accepted).as("samples accepted").contains(def);
        assertThat(refused).as("samples refused").contains(def);
      }
    }
  }

  @Test
  void errorsNameTheInstanceLocation() {
    List<String> errors = SchemaValidator.errors("place", """
        {"name": "Warsaw", "country": "state/pol", "precision": "city", "region": "Masovia"}""");
    assertThat(errors).hasSize(2);
    assertThat(String.join("\n", errors)).contains("precision").contains("region");
  }

  @Test
  void unknownDefIsAnError() {
    assertThatThrownBy(() -> SchemaValidator.errors("military-exercise", "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("military-exercise");
  }

  @Test
  void assertValidFailsWithTheMessages() {
    assertThatThrownBy(() -> SchemaValidator.assertValid("airspace", "{\"state\": \"state/pol\", \"fir\": \"EPWW\"}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("airspace")
        .hasMessageContaining("fir");
  }

  @Test
  void schemaIsValidJsonSchema2020_12() {
    assertThat(SCHEMA.path("$schema").asString())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(SCHEMA.path("$id").asString()).isEqualTo(SchemaValidator.SCHEMA_ID);
    assertThat(SchemaValidator.metaSchemaErrors(SchemaValidator.schemaText())).isEmpty();
    assertThat(SchemaValidator.metaSchemaErrors("{\"type\": 12, \"required\": \"lower\"}")).isNotEmpty();
  }

  @Test
  void everyDefHasADescriptionAndIsUsed() {
    Set<String> entryPoints = Set.of("entity-id", "ref", "time-point", "period", "uncertain-count",
        "external-id", "geo-point", "place", "airspace", "source", "attribution", "quote", "claim",
        "name", "state", "person", "organization", "collective", "actor", "membership", "office",
        "actor-relation", "relation");
    assertThat(SchemaValidator.defNames()).containsAll(entryPoints);
    List<String> refs = new ArrayList<>();
    collect(SCHEMA, "$ref", refs);
    for (String def : SchemaValidator.defNames()) {
      JsonNode node = SCHEMA.path("$defs").path(def);
      assertThat(node.path("description").asString()).as(def).isNotBlank().doesNotContain("\n");
      assertThat(entryPoints.contains(def) || refs.contains("#/$defs/" + def))
          .as("%s is an entry point or referenced", def).isTrue();
    }
    for (String ref : refs) {
      assertThat(SchemaValidator.defNames()).contains(ref.replace("#/$defs/", ""));
    }
  }

  @Test
  void everyObjectIsStrict() {
    List<JsonNode> objects = new ArrayList<>();
    collectObjects(SCHEMA, objects);
    assertThat(objects).isNotEmpty();
    for (JsonNode object : objects) {
      assertThat(object.path("additionalProperties").isBoolean()
          && !object.path("additionalProperties").booleanValue()).as("%s", object).isTrue();
    }
  }

  @Test
  void propertyNamesAreTheWireNames() throws IllegalAccessException {
    Set<String> wire = new TreeSet<>();
    for (Field f : Wire.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && !f.getName().startsWith("TYPE_")) {
        wire.add((String) f.get(null));
      }
    }
    Set<String> schema = new TreeSet<>();
    for (JsonNode def : SCHEMA.path("$defs")) {
      def.path("properties").propertyNames().forEach(schema::add);
    }
    assertThat(schema).isEqualTo(wire);
  }

  @Test
  void typeConstantsAreTheCodecsTypeNames() {
    assertThat(variantTypes("actor")).isEqualTo(Families.ACTOR.typeNames());
    assertThat(variantTypes("relation")).isEqualTo(Families.RELATION.typeNames());
  }

  @Test
  void enumsAreTheJavaConstantsInKebabCase() {
    assertThat(enumOf("uncertain-count", "qualifier")).isEqualTo(wireNames(Qualifier.values()));
    assertThat(enumOf("attribution", "hedge")).isEqualTo(wireNames(Hedge.values()));
    assertThat(enumOf("place", "precision")).isEqualTo(wireNames(PlacePrecision.values()));
  }

  private static List<String> variantTypes(String union) {
    List<String> types = new ArrayList<>();
    for (JsonNode variant : SCHEMA.path("$defs").path(union).path("oneOf")) {
      String def = variant.path("$ref").asString().replace("#/$defs/", "");
      JsonNode schema = SCHEMA.path("$defs").path(def);
      assertThat(schema.path("required").toString()).as(def).contains("\"type\"");
      types.add(schema.path("properties").path("type").path("const").asString());
    }
    return types;
  }

  private static List<String> enumOf(String def, String property) {
    List<String> values = new ArrayList<>();
    SCHEMA.path("$defs").path(def).path("properties").path(property).path("enum")
        .forEach(v -> values.add(v.asString()));
    return values;
  }

  private static List<String> wireNames(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Scalars::wireName).collect(Collectors.toList());
  }

  private static void collect(JsonNode node, String keyword, List<String> values) {
    if (node.isObject() && node.has(keyword) && node.get(keyword).isString()) {
      values.add(node.get(keyword).asString());
    }
    node.forEach(child -> collect(child, keyword, values));
  }

  private static void collectObjects(JsonNode node, List<JsonNode> objects) {
    if (node.isObject() && "object".equals(node.path("type").asString(""))) {
      objects.add(node);
    }
    node.forEach(child -> collectObjects(child, objects));
  }
}
