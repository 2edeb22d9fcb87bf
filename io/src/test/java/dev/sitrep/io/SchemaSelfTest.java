package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Collective;
import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.actor.OrganizationKind;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.airspace.Consequence;
import dev.sitrep.core.airspace.ConsequenceKind;
import dev.sitrep.core.airspace.Consultation;
import dev.sitrep.core.airspace.Intrusion;
import dev.sitrep.core.airspace.PlatformKind;
import dev.sitrep.core.airspace.Response;
import dev.sitrep.core.airspace.ResponseAction;
import dev.sitrep.core.airspace.Transit;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.BorderClosure;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.EventKind;
import dev.sitrep.core.event.EventLink;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.LinkKind;
import dev.sitrep.core.event.Meeting;
import dev.sitrep.core.event.Participant;
import dev.sitrep.core.event.ParticipantRole;
import dev.sitrep.core.event.Statement;
import dev.sitrep.core.event.Warning;
import dev.sitrep.core.exercise.ExerciseStatus;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.exercise.Strength;
import dev.sitrep.core.exercise.StrengthCategory;
import dev.sitrep.core.geo.Airspace;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.geo.PlacePrecision;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.prisoner.Charge;
import dev.sitrep.core.prisoner.Pace1900Criterion;
import dev.sitrep.core.prisoner.PoliticalPrisoner;
import dev.sitrep.core.prisoner.PrisonerStatus;
import dev.sitrep.core.prisoner.Recognition;
import dev.sitrep.core.prisoner.Regime;
import dev.sitrep.core.prisoner.Sentence;
import dev.sitrep.core.prisoner.StatusChange;
import dev.sitrep.core.prisoner.Term;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.Quote;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.provenance.SourceKind;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.statistic.Metric;
import dev.sitrep.core.statistic.Statistic;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import dev.sitrep.core.time.UncertainDuration;
import dev.sitrep.io.codec.Families;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tests sitrep.schema.json itself: hand-written samples from the Zapad 2025 article that each
 * {@code $defs} entry must accept, one sample per rule that it must refuse, and the schema's
 * agreement with the codecs (wire names, enums, type names, properties in order), with
 * {@code TimePoint.parse}, and with what the writer writes.
 */
class SchemaSelfTest {
  private static final JsonNode SCHEMA = JsonMapper.shared().readTree(SchemaValidator.schemaText());

  private static final String ARTICLE = "source/atlantic-council-zapad-2025";

  /**
   * Wire names declared in {@link Wire} that no codec writes yet, so that the schema has no
   * property of that name: {@code answer}, for the Vienna Document checks.
   */
  private static final Set<String> NOT_YET_WRITTEN = Set.of();

  private static final String REPORTED = """
      {"source": "source/atlantic-council-zapad-2025", "hedge": "reported", "date": "2025-09-10"}""";

  private static final String BELARUS = """
      {"type": "state", "id": "state/blr", "name": "Belarus",
       "other_names": [{"value": "Беларусь", "language": "be", "script": "Cyrl"}],
       "external_ids": [{"scheme": "iso-3166", "value": "BY"}, {"scheme": "iso-3166", "value": "BLR"},
                        {"scheme": "wikidata", "value": "Q184"}],
       "alpha2": "BY", "alpha3": "BLR"}""";

  private static final String EAGLE_S = """
      {"type": "vessel", "id": "vessel/eagle-s", "name": "Eagle S", "kind": "tanker",
       "flag_state": "state/cok", "external_ids": [{"scheme": "imo", "value": "9329760"}]}""";

  private static final String ESTLINK_2 = """
      {"type": "infrastructure", "id": "infrastructure/estlink-2", "kind": "power-cable",
       "name": "Estlink 2",
       "places": [{"name": "Anttila", "country": "state/fin", "precision": "settlement"},
                  {"name": "Püssi", "country": "state/est", "precision": "settlement"}],
       "operators": ["organization/fingrid", "organization/elering"]}""";

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

  private static final String STATED = """
      {"source": "source/atlantic-council-zapad-2025", "hedge": "stated"}""";

  private static final String TROOPS_DECLARED = """
      {"category": "troops",
       "count": {"lower": 0, "best": 13000, "qualifier": "about", "phrase": "some 13,000"},
       "attribution": {"source": "source/example-declaration", "asserted_by": "state/blr",
                       "hedge": "declared"}}""";

  private static final String ZAPAD_2025 = """
      {"type": "military-exercise", "id": "exercise/zapad-2025", "title": "Zapad 2025",
       "when": {"start": "2025-09-12", "phrase": "On September 12"},
       "places": [{"name": "Belarus", "country": "state/blr", "precision": "country"}],
       "participants": [{"actor": "state/blr", "role": "host"},
                        {"actor": "state/rus", "role": "participant"}],
       "attributions": [{"source": "source/atlantic-council-zapad-2025", "hedge": "stated"}],
       "links": [{"kind": "smaller-than", "target": "exercise/zapad-2021",
                  "attributions": [{"source": "source/atlantic-council-zapad-2025", "hedge": "estimated"}]}],
       "series": "Zapad", "edition": 2025, "hosts": ["state/blr"], "status": "planned",
       "strength": [%s]}""".formatted(TROOPS_DECLARED);

  private static final String ZAPAD_2023 = """
      {"type": "military-exercise", "id": "exercise/zapad-2023", "title": "Zapad 2023",
       "hosts": ["state/blr", "state/rus"], "status": "cancelled",
       "status_reason": "Russian troops and equipment were needed for the ongoing invasion of Ukraine"}""";

  private static final String DRONES = """
      {"platform": "drone",
       "count": {"lower": 19, "qualifier": "at-least", "phrase": "at least nineteen"},
       "origin": [{"id": "claim/drones-from-russia", "value": "state/rus",
                   "attribution": {"source": "source/atlantic-council-zapad-2025", "hedge": "stated"}}],
       "transits": [{"state": "state/blr",
                     "count": {"lower": 1, "qualifier": "some", "phrase": "Some of these"}}]}""";

  private static final String SHOT_DOWN = """
      {"responders": ["organization/polish-armed-forces", "organization/nato"], "assets": ["jets"],
       "action": "shot-down", "count": {"lower": 1, "qualifier": "some", "phrase": "a number of"},
       "attribution": {"source": "source/atlantic-council-zapad-2025", "hedge": "reported"}}""";

  private static final String ARTICLE_4 = """
      {"forum": "organization/nato", "basis": "Article 4 of the North Atlantic Treaty",
       "requested_by": ["state/pol"], "requested": "2025-09-10"}""";

  private static final String FIRST_TIME = """
      {"value": "the first time in NATO history that alliance fighter pilots have engaged \
      Russian targets in allied airspace",
       "attribution": {"source": "source/atlantic-council-zapad-2025",
                       "asserted_by_description": "officials", "hedge": "declared"}}""";

  private static final String DRONES_OVER_POLAND = """
      {"type": "airspace-incident", "id": "incident/drones-over-poland-2025-09-10",
       "title": "Russian drones in Polish airspace",
       "when": {"start": "2025-09-10", "end": "2025-09-10", "phrase": "early on September 10"},
       "participants": [{"actor": "state/rus", "role": "initiator"},
                        {"actor": "state/pol", "role": "target"}],
       "attributions": [{"source": "source/atlantic-council-zapad-2025", "hedge": "stated"}],
       "links": [{"kind": "precedes", "target": "exercise/zapad-2025"}],
       "airspace": {"state": "state/pol", "flight_information_region": "EPWW"},
       "intrusions": [%s], "responses": [%s], "consultations": [%s], "claims": [%s]}"""
      .formatted(DRONES, SHOT_DOWN, ARTICLE_4, FIRST_TIME);

  private static final String TUSK_QUOTE = """
      {"text": "the closest we have been to open conflict since World War II", "language": "en",
       "attribution": {"source": "source/atlantic-council-zapad-2025", "asserted_by": "person/donald-tusk",
                       "hedge": "stated"}}""";

  private static final String TUSK_TO_PARLIAMENT = """
      {"type": "statement", "id": "statement/tusk-closest-to-open-conflict",
       "title": "Tusk addresses members of the Polish parliament",
       "participants": [{"actor": "person/donald-tusk", "role": "speaker"},
                        {"actor": "organization/polish-parliament", "role": "audience"}],
       "attributions": [{"source": "source/atlantic-council-zapad-2025", "hedge": "stated"}],
       "links": [{"kind": "response-to", "target": "incident/drones-over-poland-2025-09-10"}],
       "speaker": "person/donald-tusk", "audience": ["organization/polish-parliament"],
       "venue": {"name": "Warsaw", "country": "state/pol", "precision": "settlement"},
       "quote": %s}""".formatted(TUSK_QUOTE);

  private static final String ALASKA_SUMMIT = """
      {"type": "meeting", "id": "meeting/putin-trump-alaska-2025", "title": "Putin–Trump summit in Alaska",
       "when": {"start": "2025-08", "phrase": "August"},
       "places": [{"name": "Alaska", "country": "state/usa", "precision": "region"}],
       "participants": [{"actor": "person/vladimir-putin", "role": "participant"},
                        {"actor": "person/donald-trump", "role": "participant"}],
       "attributions": [{"source": "source/atlantic-council-zapad-2025", "hedge": "stated"}]}""";

  private static final String BORDER_CROSSINGS_CLOSED = """
      {"type": "border-closure", "id": "event/poland-closes-border-crossings-with-belarus",
       "title": "Poland closes its border crossings with Belarus during Zapad 2025",
       "attributions": [{"source": "source/atlantic-council-zapad-2025", "asserted_by": "state/pol",
                         "hedge": "declared"}],
       "closing_state": "state/pol", "neighbour": "state/blr",
       "reason": "the risk of provocations tied to the drills", "related_exercise": "exercise/zapad-2025"}""";

  private static final String MINSK_WARNS_WARSAW = """
      {"type": "warning", "id": "warning/minsk-warns-warsaw-2025-09-10", "title": "Minsk warns Warsaw of drones",
       "when": {"start": "2025-09-10", "phrase": "Early on Wednesday morning"},
       "attributions": [{"source": "source/atlantic-council-zapad-2025", "hedge": "reported"}],
       "links": [{"kind": "precedes", "target": "incident/drones-over-poland-2025-09-10"}],
       "from": "collective/officials-in-minsk", "to": "collective/officials-in-warsaw",
       "about": "drones were heading their way from the direction of Belarus"}""";

  private static final String INVASION_OF_UKRAINE = """
      {"type": "general-event", "id": "event/invasion-of-ukraine-2022",
       "title": "Russia's full-scale invasion of Ukraine", "when": {"start": "2022-02", "phrase": "February 2022"},
       "participants": [{"actor": "state/rus", "role": "initiator"}, {"actor": "state/ukr", "role": "target"}],
       "attributions": [{"source": "source/atlantic-council-zapad-2025", "hedge": "stated"}],
       "kind": "assault", "description": "Russia's February 2022 invasion of Ukraine"}""";

  private static final String BORDER_DEFENSES = """
      {"type": "general-event", "id": "event/baltic-border-defenses",
       "title": "Lithuania and Poland accelerate work on border defenses",
       "participants": [{"actor": "state/ltu", "role": "initiator"}, {"actor": "state/pol", "role": "initiator"}],
       "kind": "mobilize", "mode": "fortify",
       "description": "accelerating construction work on enhanced border defenses"}""";

  private static final String ARTICLE_342 = """
      {"code": "Criminal Code of Belarus", "article": "342", "part": "1",
       "description": "organisation and preparation of actions that grossly violate public order"}""";

  /** An example prisoner: the article names none, so the person, dates and term are made up. */
  private static final String EXAMPLE_PRISONER = """
      {"id": "prisoner/example-prisoner", "person": "person/example-prisoner", "detaining_state": "state/blr",
       "detention_place": {"name": "Minsk", "country": "state/blr", "precision": "settlement"},
       "charges": [%s],
       "sentence": {"term": {"years": 3, "months": 0, "days": 0}, "regime": "general-regime-colony"},
       "history": [{"status": "detained", "date": "2021-05"},
                   {"status": "convicted", "date": "2021-11-15"},
                   {"status": "serving-sentence", "date": "2021-12",
                    "attribution": {"source": "source/viasna-example", "hedge": "reported"}}],
       "recognitions": [{"by": "organization/viasna", "date": "2021-06", "criteria": ["a", "e"]}],
       "attributions": [{"source": "source/viasna-example", "hedge": "reported"}]}""".formatted(ARTICLE_342);

  private static final String OVER_A_THOUSAND = """
      {"id": "statistic/belarus-political-prisoners-2025-09", "metric": "political-prisoners",
       "subject": "state/blr", "as_of": "2025-09",
       "count": {"lower": 1001, "qualifier": "more-than", "phrase": "over a thousand"},
       "attribution": {"source": "source/atlantic-council-zapad-2025", "hedge": "stated"}}""";

  private static final String SMALL_DOSSIER = """
      {"schema_version": "1", "title": "Zapad 2025",
       "sources": [{"id": "source/atlantic-council-zapad-2025", "kind": "article",
                    "publisher": "Atlantic Council", "authors": ["Hanna Liubakova"], "published": "2025-09"}],
       "actors": [%s, %s, %s],
       "relations": [%s],
       "events": [%s, %s, %s, %s],
       "prisoners": [%s],
       "statistics": [%s]}""".formatted(BELARUS, LUKASHENKA, POLISH_PARLIAMENT, POLAND_IN_NATO,
      ZAPAD_2025, TUSK_TO_PARLIAMENT, BORDER_CROSSINGS_CLOSED, MINSK_WARNS_WARSAW, EXAMPLE_PRISONER,
      OVER_A_THOUSAND);

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
        arguments("time-point", "\"2025-09-10T06:30:15.500+02:00\""),
        arguments("time-point", "\"2025-09-10T04:30+01:30:15\""),
        arguments("time-point", "\"2025-W37\""),
        arguments("time-point", "\"2025-09-08/2025-09-12\""),
        arguments("time-point", "\"2025-09-10[Europe/Warsaw]\""),
        arguments("time-point", "\"2025-09[+03:00]\""),
        arguments("time-point", "\"2025-W37[Etc/GMT+12]\""),
        arguments("period", "{\"start\": \"2025-09-12\"}"),
        arguments("period", "{\"start\": \"2025-09-12\", \"end\": null, \"phrase\": null}"),
        arguments("source", """
            {"id": "source/x", "kind": "article", "title": "Zapad 2025", "publisher": null,
             "authors": null, "url": null}"""),
        arguments("absent", "null"),
        arguments("notification", """
            {"date": "2025-07-30", "channel": "osce-communications-network",
             "notified": ["state/pol", "state/ltu"]}"""),
        arguments("sentence", "{\"term\": {\"years\": 3, \"months\": 0, \"days\": 0}}"),
        arguments("sentence", "{\"date\": \"2021-12-14\", \"court\": \"Homiel Regional Court\"}"),
        arguments("sentence", "{\"in_absentia\": true}"),
        arguments("sentence", "{\"in_absentia\": false}"),
        arguments("impact", """
            {"kind": "killed", "count": {"lower": 12, "qualifier": "at-least"},
             "affected": "civilians", "affected_actor": "state/ukr"}"""),
        arguments("impact", """
            {"kind": "seized", "count": {"lower": 1, "upper": 1, "qualifier": "exactly"},
             "affected_things": ["vessel/eagle-s"]}"""),
        arguments("vessel", EAGLE_S),
        arguments("vessel", "{\"type\": \"vessel\", \"id\": \"vessel/yi-peng-3\", \"name\": \"Yi Peng 3\"}"),
        arguments("thing", EAGLE_S),
        arguments("thing", ESTLINK_2),
        arguments("infrastructure", ESTLINK_2),
        arguments("infrastructure", """
            {"type": "infrastructure", "id": "infrastructure/vilnius-airport", "kind": "airport"}"""),
        arguments("aircraft", """
            {"type": "aircraft", "id": "aircraft/sp-rsm", "model": "Boeing 737-8AS",
             "registration": "SP-RSM", "operators": ["organization/ryanair"]}"""),
        arguments("aircraft", "{\"type\": \"aircraft\", \"id\": \"aircraft/il-20\", \"model\": \"Il-20M\"}"),
        arguments("suspicion", """
            {"thing": "vessel/eagle-s", "description": "dragged its anchor across the seabed",
             "attribution": {"source": "source/yle", "asserted_by": "organization/finnish-police",
                             "hedge": "alleged", "date": "2024-12-26"}}"""),
        arguments("suspicion", """
            {"thing": "vessel/eagle-s", "actor": "state/rus", "id": "suspicion/shadow-fleet",
             "supersedes": "suspicion/anchor", "attribution": {"source": "source/x", "hedge": "estimated"}}"""),
        arguments("platform-claim", """
            {"id": "claim/assessed", "value": "decoy-drone", "attribution": {"source": "source/x",
             "hedge": "estimated"}, "supersedes": "claim/first-report"}"""),
        arguments("impact-claim", """
            {"id": "claim/killed-2", "value": {"kind": "killed", "count": {"lower": 14,
             "qualifier": "at-least"}}, "attribution": {"source": "source/x", "hedge": "stated"},
             "supersedes": "claim/killed-1"}"""),
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
        arguments("uncertain-duration", """
            {"lower": "PT0S", "best": "PT4H", "qualifier": "about",
             "phrase": "for about four hours"}"""),
        arguments("uncertain-duration", "{\"lower\": \"PT50M\", \"qualifier\": \"at-least\"}"),
        arguments("uncertain-duration",
            "{\"lower\": \"P1DT2H\", \"upper\": \"PT26H\", \"qualifier\": \"exactly\"}"),
        arguments("uncertain-duration", "{\"lower\": \"PT0.5S\", \"qualifier\": \"some\"}"),
        arguments("duration", "\"PT4H\""),
        arguments("duration", "\"P2D\""),
        arguments("duration", "\"PT1H30M15.123456789S\""),
        arguments("period", """
            {"start": "2025-09-10T04:00Z", "end": "2025-09-10T08:00Z",
             "duration": {"lower": "PT4H", "upper": "PT4H", "qualifier": "exactly"}}"""),
        arguments("external-id", "{\"scheme\": \"wikidata\", \"value\": \"Q184\"}"),
        arguments("external-id", "{\"scheme\": \"iso-3166\", \"value\": \"BY\"}"),
        arguments("external-id", "{\"scheme\": \"iso-3166\", \"value\": \"BLR\"}"),
        arguments("external-id", "{\"scheme\": \"icao\", \"value\": \"EPWW\"}"),
        arguments("external-id",
            "{\"scheme\": \"url\", \"value\": \"https://www.atlanticcouncil.org/\"}"),
        arguments("external-id", "{\"scheme\": \"viasna\", \"value\": \"case 42/2025\"}"),
        arguments("external-id", "{\"scheme\": \"imo\", \"value\": \"9329760\"}"),
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
        arguments("place", """
            {"name": "Warsaw", "country": "state/pol", "admin1": "Masovian Voivodeship",
             "precision": "settlement", "external_ids": [{"scheme": "geonames", "value": "756135"},
             {"scheme": "wikidata", "value": "Q270"}]}"""),
        arguments("place", """
            {"name": "the Polish-Belarusian border", "border_states": ["state/pol", "state/blr"],
             "area_kind": "border-zone", "precision": "area"}"""),
        arguments("place", """
            {"name": "the Baltic Sea", "country": null, "area_kind": "sea",
             "point": {"lat": 55.5, "lon": 18.5}, "precision": "area"}"""),
        arguments("place", """
            {"name": "the Gulf of Finland", "country": "state/fin", "border_states": [],
             "area_kind": "sea", "precision": "region"}"""),
        arguments("external-id", "{\"scheme\": \"geonames\", \"value\": \"756135\"}"),
        arguments("airspace", "{\"name\": \"international airspace over the Baltic Sea\"}"),
        arguments("airspace", "{\"state\": null, \"flight_information_region\": \"EGGX\"}"),
        arguments("source", """
            {"id": "source/atlantic-council-zapad-2025", "kind": "article", "title": "Zapad 2025",
             "publisher": "Atlantic Council", "authors": ["Hanna Liubakova"], "published": "2025-09",
             "url": "https://www.atlanticcouncil.org/blogs/ukrainealert/"}"""),
        arguments("source", """
            {"id": "source/reuters-zapad-2021-paratroopers", "kind": "photograph",
             "title": "Russian paratroopers board Il-76 transport aircraft during Zapad-2021",
             "publisher": "Reuters", "authors": ["Vitaly Nevar"], "published": "2021-09-13"}"""),
        arguments("source", """
            {"id": "source/atlantic-council-zapad-2025", "kind": "article", "publisher": "Atlantic Council",
             "authors": ["Hanna Liubakova"], "published": "2025-09"}"""),
        arguments("source", "{\"id\": \"source/minsk-tv\", \"kind\": \"broadcast\", \"title\": \"Evening news\"}"),
        arguments("source", "{\"id\": \"source/x\", \"kind\": \"article\", \"title\": \"Zapad 2025\", \"authors\": []}"),
        arguments("attribution", REPORTED),
        arguments("attribution", STATED),
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
        arguments("string-claim", "{\"value\": \"2025-09-12\", \"attribution\": " + REPORTED + "}"),
        arguments("ref-claim", "{\"id\": \"claim/origin-belarus\", \"value\": \"state/blr\", \"attribution\": "
            + REPORTED + "}"),
        arguments("ref-claim", "{\"id\": \"claim/origin-russia\", \"value\": \"state/rus\", \"attribution\": "
            + STATED + ", \"supersedes\": \"claim/origin-belarus\"}"),
        arguments("ref-claim", "{\"value\": \"state/rus\", \"attribution\": " + STATED + "}"),
        arguments("ref-claim", "{\"id\": \"claim/origin-russia\", \"value\": \"state/rus\", \"attribution\": "
            + STATED + ", \"supersedes\": \"claim/origin-belarus\"}"),
        arguments("string-claim", FIRST_TIME),
        arguments("string-claim", "{\"value\": \"creeping annexation\", \"attribution\": " + REPORTED + "}"),
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
        // extension properties, on any entity, of any value
        arguments("person", "{\"type\": \"person\", \"id\": \"person/donald-tusk\", \"name\": \"Donald Tusk\","
            + " \"x_acme_score\": {\"value\": 0.8, \"tags\": [null, true]},"
            + " \"org.acled.actor-code\": 1301, \"com.example.Risk_level\": \"high\"}"),
        arguments("statistic", """
            {"id": "statistic/x", "metric": "political-prisoners", "subject": "state/blr", "as_of": "2025-09",
             "count": {"lower": 1001, "qualifier": "more-than"},
             "attribution": {"source": "source/atlantic-council-zapad-2025", "hedge": "reported"},
             "x_viasna_list": ["a", "b"]}"""),
        arguments("dossier", "{\"schema_version\": \"1\", \"sources\": [{\"id\": \"source/x\","
            + " \"kind\": \"article\", \"x_a\": 1, \"x_1\": null}]}"),
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
        arguments("relation", LUKASHENKA_DEPENDS_ON_KREMLIN),
        // events
        arguments("participant", "{\"actor\": \"state/blr\", \"role\": \"host\"}"),
        arguments("participant", "{\"actor\": \"collective/officials-in-minsk\", \"role\": \"warner\"}"),
        arguments("event-link",
            "{\"kind\": \"used-as-cover-for\", \"target\": \"event/invasion-of-ukraine-2022\"}"),
        arguments("event-link", """
            {"kind": "smaller-than", "target": "exercise/zapad-2021",
             "attributions": [{"source": "source/atlantic-council-zapad-2025", "hedge": "estimated"}]}"""),
        arguments("strength", TROOPS_DECLARED),
        arguments("strength", """
            {"category": "troops", "count": {"lower": 100000, "qualifier": "at-least",
                                              "phrase": "at least 100,000"},
             "attribution": {"source": "source/x", "asserted_by": "state/rus", "hedge": "claimed"}}"""),
        arguments("strength", "{\"category\": \"battle-tanks\", \"count\": {\"lower\": 0, \"qualifier\": "
            + "\"unknown\"}, \"attribution\": " + REPORTED + "}"),
        arguments("military-exercise", ZAPAD_2025),
        arguments("military-exercise", ZAPAD_2023),
        arguments("transit", "{\"state\": \"state/blr\"}"),
        arguments("transit", """
            {"state": "state/blr", "count": {"lower": 1, "qualifier": "some", "phrase": "Some of these"}}"""),
        arguments("intrusion", DRONES),
        arguments("intrusion",
            "{\"platform\": \"drone\", \"count\": {\"lower\": 19, \"qualifier\": \"at-least\"}}"),
        arguments("intrusion", """
            {"platform": "decoy-drone", "model": "Gerbera", "count": {"lower": 1, "qualifier": "some"},
             "origin": [{"id": "claim/from-belarus", "value": "state/blr",
                         "attribution": {"source": "source/x", "hedge": "reported"}},
                        {"id": "claim/from-russia", "value": "state/rus", "supersedes": "claim/from-belarus",
                         "attribution": {"source": "source/x", "hedge": "confirmed"}}],
             "entry": {"name": "Lublin Voivodeship", "country": "state/pol", "precision": "region"}}"""),
        arguments("response", SHOT_DOWN),
        arguments("response", "{\"action\": \"scrambled\"}"),
        arguments("consequence", """
            {"kind": "damage", "description": "a residential building was damaged",
             "attribution": {"source": "source/x", "hedge": "declared"}}"""),
        arguments("consequence", """
            {"kind": "airport-closure", "count": {"lower": 4, "upper": 4, "qualifier": "exactly"}}"""),
        arguments("consultation", ARTICLE_4),
        arguments("consultation", """
            {"forum": "organization/nato", "basis": "Article 4", "requested": "2025-09-10T08:00Z",
             "held": "2025-09-10"}"""),
        arguments("airspace-incident", DRONES_OVER_POLAND),
        arguments("airspace-incident", """
            {"type": "airspace-incident", "id": "incident/x", "title": "Drones over Poland",
             "airspace": {"state": "state/pol"}}"""),
        arguments("statement", TUSK_TO_PARLIAMENT),
        arguments("statement", """
            {"type": "statement", "id": "statement/poland-warning-unexpected-but-helpful",
             "title": "Poland on the warning from Minsk", "speaker": "state/pol",
             "summary": "Poland said this information was unexpected but helpful"}"""),
        arguments("statement", """
            {"type": "statement", "id": "statement/polish-military-officials-on-belarus",
             "title": "Polish military officials on Belarus's warning",
             "speaker": "collective/polish-military-officials",
             "quote": {"text": "It was surprising that Belarus, which is really trying to escalate the \
            situation on our land border, decided to cooperate in this way",
                       "attribution": {"source": "source/atlantic-council-zapad-2025",
                                       "asserted_by": "collective/polish-military-officials", "hedge": "stated"}},
             "summary": "Poland said this information was unexpected but helpful", "audience": []}"""),
        arguments("meeting", ALASKA_SUMMIT),
        arguments("meeting", """
            {"type": "meeting", "id": "meeting/putin-trump-alaska-2025", "title": "Putin–Trump summit"}"""),
        arguments("border-closure", BORDER_CROSSINGS_CLOSED),
        arguments("border-closure", """
            {"type": "border-closure", "id": "event/x", "title": "Poland closes its border with Belarus",
             "closing_state": "state/pol", "neighbour": "state/blr", "crossings": []}"""),
        arguments("warning", MINSK_WARNS_WARSAW),
        arguments("general-event", INVASION_OF_UKRAINE),
        arguments("general-event", BORDER_DEFENSES),
        arguments("general-event", """
            {"type": "general-event", "id": "event/belarus-protests-suppressed-2020",
             "title": "Suppression of anti-regime protests across Belarus", "when": {"start": "2020"},
             "kind": "coerce", "description": "the brutal suppression of anti-regime protests across Belarus"}"""),
        arguments("event", ZAPAD_2025),
        arguments("event", ZAPAD_2023),
        arguments("event", DRONES_OVER_POLAND),
        arguments("event", TUSK_TO_PARLIAMENT),
        arguments("event", ALASKA_SUMMIT),
        arguments("event", BORDER_CROSSINGS_CLOSED),
        arguments("event", MINSK_WARNS_WARSAW),
        arguments("event", INVASION_OF_UKRAINE),
        // political prisoners and statistics
        arguments("charge", ARTICLE_342),
        arguments("charge", "{\"code\": \"Criminal Code of Belarus\", \"article\": \"342\"}"),
        arguments("charge", "{\"description\": \"treason\"}"),
        arguments("term", "{\"years\": 3, \"months\": 0, \"days\": 0}"),
        arguments("term", "{\"years\": 0, \"months\": 6, \"days\": 15}"),
        arguments("term", "{\"years\": 2147483647, \"months\": 0, \"days\": 0}"),
        arguments("sentence", "{\"term\": {\"years\": 3, \"months\": 0, \"days\": 0}, "
            + "\"regime\": \"general-regime-colony\"}"),
        arguments("sentence", "{\"regime\": \"fine\"}"),
        arguments("sentence", "{\"regime\": \"colony-settlement\"}"),
        arguments("status-change", "{\"status\": \"detained\", \"date\": \"2021-05\"}"),
        arguments("status-change", "{\"status\": \"serving-sentence\", \"date\": \"2021-12\", "
            + "\"attribution\": " + REPORTED + "}"),
        arguments("status-change", "{\"status\": \"pre-trial-detention\", \"date\": \"2021\"}"),
        arguments("status-change", "{\"status\": \"died-in-custody\", \"date\": \"2021-05-21\"}"),
        arguments("recognition", "{\"by\": \"organization/viasna\", \"criteria\": [\"a\", \"e\"]}"),
        arguments("recognition", "{\"by\": \"organization/viasna\", \"date\": \"2021-06\"}"),
        arguments("recognition", "{\"by\": \"organization/memorial\", \"criteria\": [\"b\", \"c\", \"d\"]}"),
        arguments("political-prisoner", EXAMPLE_PRISONER),
        arguments("political-prisoner", """
            {"id": "prisoner/example-prisoner", "person": "person/example-prisoner", "detaining_state": "state/blr"}"""),
        arguments("statistic", OVER_A_THOUSAND),
        arguments("statistic", """
            {"id": "statistic/belarusian-state-enterprises-producing-munitions",
             "metric": "state-enterprises-producing-munitions", "subject": "state/blr", "as_of": "2025-09",
             "count": {"lower": 0, "upper": 299, "qualifier": "almost", "phrase": "Almost 300"},
             "attribution": {"source": "source/atlantic-council-zapad-2025", "hedge": "reported"}}"""),
        // the dossier
        arguments("dossier", SMALL_DOSSIER),
        arguments("dossier", "{\"schema_version\": \"1\"}"),
        arguments("dossier", """
            {"schema_version": "1", "things": [%s, %s],
             "events": [{"type": "general-event", "id": "event/estlink-2-failure",
                         "title": "Estlink 2 power cable damaged", "kind": "assault",
                         "impacts": [{"value": {"kind": "damaged",
                                                "count": {"lower": 1, "upper": 1, "qualifier": "exactly"},
                                                "affected_things": ["infrastructure/estlink-2"]},
                                      "attribution": {"source": "source/yle", "hedge": "stated"}}],
                         "suspicions": [{"thing": "vessel/eagle-s",
                                         "attribution": {"source": "source/yle", "hedge": "alleged"}}]}]}"""
            .formatted(EAGLE_S, ESTLINK_2)),
        arguments("dossier", "{\"schema_version\": \"1.2\", \"title\": \"Zapad 2025\", \"events\": [], "
            + "\"prisoners\": []}"));
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
        arguments("time-point", "fraction of ten digits", "\"2025-09-10T04:30:00.1234567890Z\""),
        arguments("time-point", "comma for the fraction", "\"2025-09-10T04:30:00,5Z\""),
        arguments("time-point", "offset without colon", "\"2025-09-10T06:30+0200\""),
        arguments("time-point", "offset in hours only", "\"2025-09-10T06:30+02\""),
        arguments("time-point", "a number", "2025"),
        arguments("time-point", "week without its W", "\"2025-37\""),
        arguments("time-point", "week 54", "\"2025-W54\""),
        arguments("time-point", "range abbreviated", "\"2025-09-08/12\""),
        arguments("time-point", "range of months", "\"2025-08/2025-09\""),
        arguments("time-point", "zone on an instant", "\"2025-09-10T04:30Z[Europe/Warsaw]\""),
        arguments("time-point", "zone without brackets", "\"2025-09-10Europe/Warsaw\""),
        arguments("time-point", "offset without colon in a zone", "\"2025-09-10[+0200]\""),
        // periods
        arguments("period", "missing start", "{\"end\": \"2025-09-16\"}"),
        arguments("period", "bad end", "{\"start\": \"2025-09-12\", \"end\": \"mid-September\"}"),
        arguments("period", "null start", "{\"start\": null, \"end\": \"2025-09-10\"}"),
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
        arguments("uncertain-duration", "about without best",
            "{\"lower\": \"PT0S\", \"qualifier\": \"about\"}"),
        arguments("uncertain-duration", "between without upper",
            "{\"lower\": \"PT1H\", \"qualifier\": \"between\"}"),
        arguments("uncertain-duration", "some of zero", "{\"lower\": \"PT0S\", \"qualifier\": \"some\"}"),
        arguments("uncertain-duration", "a number of seconds", "{\"lower\": 3600, \"qualifier\": \"at-least\"}"),
        arguments("duration", "negative", "\"-PT4H\""),
        arguments("duration", "weeks", "\"P1W\""),
        arguments("duration", "months", "\"P1M\""),
        arguments("duration", "lowercase", "\"pt4h\""),
        arguments("duration", "T without time", "\"P1DT\""),
        arguments("duration", "nothing", "\"P\""),
        arguments("duration", "ten decimals", "\"PT0.1234567890S\""),
        arguments("duration", "clock time", "\"04:00\""),
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
        arguments("external-id", "IMO number with its prefix",
            "{\"scheme\": \"imo\", \"value\": \"IMO 9329760\"}"),
        arguments("external-id", "IMO number of six digits",
            "{\"scheme\": \"imo\", \"value\": \"932976\"}"),
        // things and suspicions
        arguments("vessel", "no name", """
            {"type": "vessel", "id": "vessel/eagle-s", "kind": "tanker"}"""),
        arguments("vessel", "flag state embedded", """
            {"type": "vessel", "id": "vessel/eagle-s", "name": "Eagle S",
             "flag_state": {"id": "state/cok"}}"""),
        arguments("thing", "an operator twice", """
            {"type": "infrastructure", "id": "infrastructure/estlink-2", "kind": "power-cable",
             "operators": ["organization/fingrid", "organization/fingrid"]}"""),
        arguments("thing", "unknown type", """
            {"type": "ship", "id": "vessel/eagle-s", "name": "Eagle S"}"""),
        arguments("aircraft", "no model", """
            {"type": "aircraft", "id": "aircraft/sp-rsm", "registration": "SP-RSM"}"""),
        arguments("infrastructure", "no kind", """
            {"type": "infrastructure", "id": "infrastructure/estlink-2", "name": "Estlink 2"}"""),
        arguments("infrastructure", "kind in capitals", """
            {"type": "infrastructure", "id": "infrastructure/estlink-2", "kind": "POWER_CABLE"}"""),
        arguments("impact", "a thing twice", """
            {"kind": "damaged", "count": {"lower": 2, "upper": 2, "qualifier": "exactly"},
             "affected_things": ["infrastructure/estlink-2", "infrastructure/estlink-2"]}"""),
        arguments("suspicion", "no attribution", "{\"thing\": \"vessel/eagle-s\"}"),
        arguments("suspicion", "a list of things", """
            {"thing": ["vessel/eagle-s"], "attribution": {"source": "source/x", "hedge": "alleged"}}"""),
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
        arguments("airspace", "no state, region or name", "{}"),
        arguments("airspace", "null state alone", "{\"state\": null, \"name\": null}"),
        arguments("place", "no country, border or area kind", """
            {"name": "somewhere", "precision": "area"}"""),
        arguments("place", "null country alone", """
            {"name": "somewhere", "country": null, "border_states": [], "precision": "area"}"""),
        arguments("place", "a border of one state", """
            {"name": "the border", "border_states": ["state/pol"], "precision": "area"}"""),
        arguments("place", "a border of one state twice", """
            {"name": "the border", "border_states": ["state/pol", "state/pol"], "precision": "area"}"""),
        arguments("place", "a country and border states", """
            {"name": "the border", "country": "state/pol", "border_states": ["state/pol", "state/blr"],
             "precision": "area"}"""),
        arguments("place", "a country's point without the country", """
            {"name": "the Baltic Sea", "area_kind": "sea", "precision": "country"}"""),
        arguments("place", "blank admin1", """
            {"name": "Warsaw", "country": "state/pol", "admin1": " ", "precision": "settlement"}"""),
        arguments("external-id", "GeoNames id with a leading zero",
            "{\"scheme\": \"geonames\", \"value\": \"0756135\"}"),
        // provenance
        arguments("source", "missing kind", "{\"id\": \"source/x\", \"title\": \"Zapad 2025\"}"),
        arguments("source", "kind not a code",
            "{\"id\": \"source/x\", \"kind\": \"Official Statement\", \"title\": \"Zapad 2025\"}"),
        arguments("source", "blank title", "{\"id\": \"source/x\", \"kind\": \"article\", \"title\": \"   \"}"),
        arguments("source", "authors as string", """
            {"id": "source/x", "kind": "article", "title": "Zapad 2025", "authors": "Hanna Liubakova"}"""),
        arguments("source", "null id", "{\"id\": null, \"kind\": \"article\"}"),
        arguments("source", "URL without scheme",
            "{\"id\": \"source/x\", \"kind\": \"article\", \"title\": \"Zapad 2025\", "
                + "\"url\": \"www.atlanticcouncil.org\"}"),
        arguments("attribution", "missing hedge", "{\"source\": \"" + ARTICLE + "\"}"),
        arguments("attribution", "wrong hedge", "{\"source\": \"" + ARTICLE + "\", \"hedge\": \"reportedly\"}"),
        arguments("attribution", "missing source", "{\"hedge\": \"reported\"}"),
        arguments("attribution", "Java enum name",
            "{\"source\": \"" + ARTICLE + "\", \"hedge\": \"STATED\"}"),
        arguments("attribution", "bad date",
            "{\"source\": \"" + ARTICLE + "\", \"hedge\": \"reported\", \"date\": \"Wednesday\"}"),
        arguments("quote", "missing attribution", "{\"text\": \"creeping annexation\"}"),
        arguments("quote", "bad language",
            "{\"text\": \"creeping annexation\", \"language\": \"English\", \"attribution\": " + REPORTED + "}"),
        arguments("string-claim", "blank value",
            "{\"value\": \"\\u00a0\", \"attribution\": " + REPORTED + "}"),
        arguments("ref-claim", "missing value", "{\"attribution\": " + REPORTED + "}"),
        arguments("ref-claim", "supersedes not an entity id",
            "{\"value\": \"state/rus\", \"attribution\": " + STATED + ", \"supersedes\": \"Claim 1\"}"),
        arguments("ref-claim", "id not an entity id",
            "{\"id\": \"claim/Origin\", \"value\": \"state/rus\", \"attribution\": " + STATED + "}"),
        arguments("ref-claim", "value not a ref",
            "{\"value\": \"Russia\", \"attribution\": " + STATED + "}"),
        arguments("ref-claim", "value an embedded state", "{\"value\": {\"type\": \"state\", "
            + "\"id\": \"state/rus\", \"name\": \"Russia\", \"alpha2\": \"RU\", \"alpha3\": \"RUS\"}, "
            + "\"attribution\": " + STATED + "}"),
        arguments("ref-claim", "unknown property",
            "{\"value\": \"state/rus\", \"attribution\": " + STATED + ", \"current\": true}"),
        arguments("string-claim", "value a number", "{\"value\": 19, \"attribution\": " + STATED + "}"),
        arguments("string-claim", "missing attribution", "{\"value\": \"creeping annexation\"}"),
        arguments("ref-claim", "unknown property",
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
             "organization": "organization/nato"}"""),
        // events
        arguments("participant", "missing role", "{\"actor\": \"state/blr\"}"),
        arguments("participant", "role not a code", "{\"actor\": \"state/blr\", \"role\": \"Host\"}"),
        arguments("participant", "embedded actor", """
            {"actor": {"type": "state", "id": "state/blr", "name": "Belarus",
                       "alpha2": "BY", "alpha3": "BLR"},
             "role": "host"}"""),
        arguments("event-link", "missing target", "{\"kind\": \"used-as-cover-for\"}"),
        arguments("event-link", "kind not a code",
            "{\"kind\": \"used as cover for\", \"target\": \"event/invasion-of-ukraine-2022\"}"),
        arguments("event-link", "attribution not in an array", "{\"kind\": \"follows\", "
            + "\"target\": \"exercise/zapad-2021\", \"attributions\": " + STATED + "}"),
        arguments("strength", "unknown category", "{\"category\": \"tanks\", \"count\": {\"lower\": 0, "
            + "\"qualifier\": \"unknown\"}, \"attribution\": " + REPORTED + "}"),
        arguments("strength", "Java enum name", "{\"category\": \"BATTLE_TANKS\", \"count\": {\"lower\": 0, "
            + "\"qualifier\": \"unknown\"}, \"attribution\": " + REPORTED + "}"),
        arguments("strength", "count as a number",
            "{\"category\": \"troops\", \"count\": 13000, \"attribution\": " + REPORTED + "}"),
        arguments("strength", "missing attribution", """
            {"category": "troops", "count": {"lower": 0, "best": 13000, "qualifier": "about"}}"""),
        arguments("military-exercise", "missing hosts", """
            {"type": "military-exercise", "id": "exercise/zapad-2025", "title": "Zapad 2025",
             "status": "planned"}"""),
        arguments("military-exercise", "null hosts", """
            {"type": "military-exercise", "id": "exercise/zapad-2025", "title": "Zapad 2025",
             "hosts": null, "status": "planned"}"""),
        arguments("uncertain-count", "an exact count with a null upper bound",
            "{\"lower\": 19, \"upper\": null, \"qualifier\": \"exactly\"}"),
        arguments("absent", "not null", "0"),
        arguments("notification", "no date", "{\"channel\": \"diplomatic-note\"}"),
        arguments("impact", "no count", "{\"kind\": \"killed\"}"),
        arguments("impact", "kind in capitals",
            "{\"kind\": \"KILLED\", \"count\": {\"lower\": 1, \"qualifier\": \"some\"}}"),
        arguments("platform-claim", "platform in capitals",
            "{\"value\": \"DRONE\", \"attribution\": {\"source\": \"source/x\", \"hedge\": \"stated\"}}"),
        arguments("impact-claim", "no attribution", """
            {"value": {"kind": "killed", "count": {"lower": 1, "qualifier": "some"}}}"""),
        arguments("military-exercise", "no hosts", """
            {"type": "military-exercise", "id": "exercise/zapad-2025", "title": "Zapad 2025",
             "hosts": [], "status": "planned"}"""),
        arguments("military-exercise", "missing status", """
            {"type": "military-exercise", "id": "exercise/zapad-2025", "title": "Zapad 2025",
             "hosts": ["state/blr"]}"""),
        arguments("military-exercise", "American spelling of a status", """
            {"type": "military-exercise", "id": "exercise/zapad-2023", "title": "Zapad 2023",
             "hosts": ["state/blr"], "status": "canceled"}"""),
        arguments("military-exercise", "edition 0", """
            {"type": "military-exercise", "id": "exercise/zapad-2025", "title": "Zapad 2025",
             "edition": 0, "hosts": ["state/blr"], "status": "planned"}"""),
        arguments("military-exercise", "edition as string", """
            {"type": "military-exercise", "id": "exercise/zapad-2025", "title": "Zapad 2025",
             "edition": "2025", "hosts": ["state/blr"], "status": "planned"}"""),
        arguments("military-exercise", "blank title", """
            {"type": "military-exercise", "id": "exercise/zapad-2025", "title": " ",
             "hosts": ["state/blr"], "status": "planned"}"""),
        arguments("military-exercise", "troops as a property", """
            {"type": "military-exercise", "id": "exercise/zapad-2025", "title": "Zapad 2025",
             "hosts": ["state/blr"], "status": "planned", "troops": 13000}"""),
        arguments("military-exercise", "bad nested strength", """
            {"type": "military-exercise", "id": "exercise/zapad-2025", "title": "Zapad 2025",
             "hosts": ["state/blr"], "status": "planned",
             "strength": [{"category": "troops", "count": {"lower": 13000, "qualifier": "declared"},
                           "attribution": {"source": "source/x", "hedge": "declared"}}]}"""),
        arguments("military-exercise", "wrong type", """
            {"type": "exercise", "id": "exercise/zapad-2025", "title": "Zapad 2025",
             "hosts": ["state/blr"], "status": "planned"}"""),
        arguments("transit", "missing state", "{\"count\": {\"lower\": 1, \"qualifier\": \"some\"}}"),
        arguments("transit", "count as a string", "{\"state\": \"state/blr\", \"count\": \"some\"}"),
        arguments("intrusion", "missing count", "{\"platform\": \"drone\"}"),
        arguments("intrusion", "platform not a code",
            "{\"platform\": \"Shahed drone\", \"count\": {\"lower\": 19, \"qualifier\": \"at-least\"}}"),
        arguments("intrusion", "blank model", """
            {"platform": "drone", "model": "", "count": {"lower": 19, "qualifier": "at-least"}}"""),
        arguments("intrusion", "origin a plain ref", """
            {"platform": "drone", "count": {"lower": 19, "qualifier": "at-least"},
             "origin": ["state/rus"]}"""),
        arguments("intrusion", "origin value not a ref", """
            {"platform": "drone", "count": {"lower": 19, "qualifier": "at-least"},
             "origin": [{"value": "Russia", "attribution": {"source": "source/x", "hedge": "stated"}}]}"""),
        arguments("intrusion", "origin with a hedge of its own", """
            {"platform": "drone", "count": {"lower": 19, "qualifier": "at-least"},
             "origin": [{"value": "state/rus", "hedge": "stated",
                         "attribution": {"source": "source/x", "hedge": "stated"}}]}"""),
        arguments("response", "missing action", "{\"responders\": [\"organization/nato\"]}"),
        arguments("response", "blank asset", "{\"assets\": [\"\"], \"action\": \"shot-down\"}"),
        arguments("response", "responders as a string",
            "{\"responders\": \"organization/nato\", \"action\": \"scrambled\"}"),
        arguments("consequence", "missing kind", "{\"description\": \"a residential building was damaged\"}"),
        arguments("consequence", "blank description", "{\"kind\": \"damage\", \"description\": \" \"}"),
        arguments("consultation", "missing basis", "{\"forum\": \"organization/nato\"}"),
        arguments("consultation", "bad held", """
            {"forum": "organization/nato", "basis": "Article 4", "held": "10 September 2025"}"""),
        arguments("consultation", "requested_by as a string", """
            {"forum": "organization/nato", "basis": "Article 4", "requested_by": "state/pol"}"""),
        arguments("airspace-incident", "missing airspace", """
            {"type": "airspace-incident", "id": "incident/x", "title": "Drones over Poland"}"""),
        arguments("airspace-incident", "lowercase region", """
            {"type": "airspace-incident", "id": "incident/x", "title": "Drones over Poland",
             "airspace": {"state": "state/pol", "flight_information_region": "epww"}}"""),
        arguments("airspace-incident", "claim value not a string", """
            {"type": "airspace-incident", "id": "incident/x", "title": "Drones over Poland",
             "airspace": {"state": "state/pol"},
             "claims": [{"value": {"lower": 19, "qualifier": "at-least"},
                         "attribution": {"source": "source/x", "hedge": "stated"}}]}"""),
        arguments("airspace-incident", "properties of an exercise", """
            {"type": "airspace-incident", "id": "incident/x", "title": "Drones over Poland",
             "airspace": {"state": "state/pol"}, "status": "completed"}"""),
        arguments("event", "missing type", """
            {"id": "incident/x", "title": "Drones over Poland", "airspace": {"state": "state/pol"}}"""),
        arguments("event", "unknown type", """
            {"type": "protest", "id": "event/x", "title": "Anti-regime protests across Belarus"}"""),
        arguments("event", "actor type", BELARUS),
        arguments("event", "properties of another variant", """
            {"type": "military-exercise", "id": "incident/x", "title": "Drones over Poland",
             "airspace": {"state": "state/pol"}}"""),
        arguments("event", "a general event's kind as its type", """
            {"type": "assault", "id": "event/invasion-of-ukraine-2022",
             "title": "Russia's full-scale invasion of Ukraine"}"""),
        arguments("event", "border closure without neighbour", """
            {"type": "border-closure", "id": "event/x", "title": "Poland closes its border with Belarus",
             "closing_state": "state/pol"}"""),
        arguments("event", "warning with the properties of a statement", """
            {"type": "warning", "id": "warning/x", "title": "Minsk warns Warsaw",
             "speaker": "collective/officials-in-minsk",
             "summary": "drones were heading their way from the direction of Belarus"}"""),
        arguments("statement", "missing speaker", """
            {"type": "statement", "id": "statement/x", "title": "Poland on the warning from Minsk",
             "summary": "Poland said this information was unexpected but helpful"}"""),
        arguments("statement", "embedded speaker", """
            {"type": "statement", "id": "statement/x", "title": "Tusk addresses the Polish parliament",
             "speaker": {"type": "person", "id": "person/donald-tusk", "name": "Donald Tusk"},
             "quote": %s}""".formatted(TUSK_QUOTE)),
        arguments("statement", "quote as a string", """
            {"type": "statement", "id": "statement/x", "title": "Tusk addresses the Polish parliament",
             "speaker": "person/donald-tusk",
             "quote": "the closest we have been to open conflict since World War II"}"""),
        arguments("statement", "blank summary", """
            {"type": "statement", "id": "statement/x", "title": "Poland on the warning from Minsk",
             "speaker": "state/pol", "summary": " "}"""),
        arguments("statement", "audience as a string", """
            {"type": "statement", "id": "statement/x", "title": "Tusk addresses the Polish parliament",
             "speaker": "person/donald-tusk", "audience": "organization/polish-parliament",
             "quote": %s}""".formatted(TUSK_QUOTE)),
        arguments("statement", "venue without precision", """
            {"type": "statement", "id": "statement/x", "title": "Tusk addresses the Polish parliament",
             "speaker": "person/donald-tusk", "venue": {"name": "Warsaw", "country": "state/pol"},
             "quote": %s}""".formatted(TUSK_QUOTE)),
        arguments("meeting", "blank topic", """
            {"type": "meeting", "id": "meeting/putin-trump-alaska-2025", "title": "Putin–Trump summit",
             "topic": ""}"""),
        arguments("meeting", "missing title", """
            {"type": "meeting", "id": "meeting/putin-trump-alaska-2025",
             "when": {"start": "2025-08", "phrase": "August"}}"""),
        arguments("meeting", "wrong type", """
            {"type": "summit", "id": "meeting/putin-trump-alaska-2025", "title": "Putin–Trump summit"}"""),
        arguments("meeting", "month as prose", """
            {"type": "meeting", "id": "meeting/putin-trump-alaska-2025", "title": "Putin–Trump summit",
             "when": {"start": "August 2025"}}"""),
        arguments("meeting", "attendees for participants", """
            {"type": "meeting", "id": "meeting/putin-trump-alaska-2025", "title": "Putin–Trump summit",
             "attendees": ["person/vladimir-putin", "person/donald-trump"]}"""),
        arguments("border-closure", "missing neighbour", """
            {"type": "border-closure", "id": "event/x", "title": "Poland closes its border with Belarus",
             "closing_state": "state/pol"}"""),
        arguments("border-closure", "American spelling of neighbour", """
            {"type": "border-closure", "id": "event/x", "title": "Poland closes its border with Belarus",
             "closing_state": "state/pol", "neighbor": "state/blr"}"""),
        arguments("border-closure", "blank crossing", """
            {"type": "border-closure", "id": "event/x", "title": "Poland closes its border with Belarus",
             "closing_state": "state/pol", "neighbour": "state/blr", "crossings": [""]}"""),
        arguments("border-closure", "crossings as a string", """
            {"type": "border-closure", "id": "event/x", "title": "Poland closes its border with Belarus",
             "closing_state": "state/pol", "neighbour": "state/blr", "crossings": "border crossings"}"""),
        arguments("border-closure", "related exercise by name", """
            {"type": "border-closure", "id": "event/x", "title": "Poland closes its border with Belarus",
             "closing_state": "state/pol", "neighbour": "state/blr", "related_exercise": "Zapad 2025"}"""),
        arguments("border-closure", "blank reason", """
            {"type": "border-closure", "id": "event/x", "title": "Poland closes its border with Belarus",
             "closing_state": "state/pol", "neighbour": "state/blr", "reason": "  "}"""),
        arguments("warning", "missing about", """
            {"type": "warning", "id": "warning/x", "title": "Minsk warns Warsaw",
             "from": "collective/officials-in-minsk", "to": "collective/officials-in-warsaw"}"""),
        arguments("warning", "blank about", """
            {"type": "warning", "id": "warning/x", "title": "Minsk warns Warsaw",
             "from": "collective/officials-in-minsk", "to": "collective/officials-in-warsaw", "about": ""}"""),
        arguments("warning", "to as an array", """
            {"type": "warning", "id": "warning/x", "title": "Minsk warns Warsaw",
             "from": "collective/officials-in-minsk", "to": ["collective/officials-in-warsaw"],
             "about": "drones were heading their way from the direction of Belarus"}"""),
        arguments("warning", "from as a description", """
            {"type": "warning", "id": "warning/x", "title": "Minsk warns Warsaw", "from": "officials in Minsk",
             "to": "collective/officials-in-warsaw",
             "about": "drones were heading their way from the direction of Belarus"}"""),
        arguments("general-event", "missing kind", """
            {"type": "general-event", "id": "event/invasion-of-ukraine-2022",
             "title": "Russia's full-scale invasion of Ukraine"}"""),
        arguments("general-event", "PLOVER kind in capitals", """
            {"type": "general-event", "id": "event/invasion-of-ukraine-2022",
             "title": "Russia's full-scale invasion of Ukraine", "kind": "ASSAULT"}"""),
        arguments("general-event", "mode not a code", """
            {"type": "general-event", "id": "event/baltic-border-defenses",
             "title": "Lithuania and Poland accelerate work on border defenses", "kind": "mobilize",
             "mode": "Fortify"}"""),
        arguments("general-event", "blank description", """
            {"type": "general-event", "id": "event/invasion-of-ukraine-2022",
             "title": "Russia's full-scale invasion of Ukraine", "kind": "assault", "description": " "}"""),
        arguments("general-event", "month as prose", """
            {"type": "general-event", "id": "event/invasion-of-ukraine-2022",
             "title": "Russia's full-scale invasion of Ukraine", "kind": "assault",
             "when": {"start": "February 2022"}}"""),
        // political prisoners and statistics
        arguments("charge", "a part without its article",
            "{\"part\": \"1\", \"description\": \"treason\"}"),
        arguments("charge", "article as a number",
            "{\"code\": \"Criminal Code of Belarus\", \"article\": 342}"),
        arguments("charge", "blank code", "{\"code\": \" \", \"article\": \"342\"}"),
        arguments("charge", "blank part",
            "{\"code\": \"Criminal Code of Belarus\", \"article\": \"342\", \"part\": \"\"}"),
        arguments("charge", "unknown property",
            "{\"code\": \"Criminal Code of Belarus\", \"article\": \"342\", \"paragraph\": \"1\"}"),
        arguments("term", "missing days", "{\"years\": 3, \"months\": 0}"),
        arguments("term", "negative months", "{\"years\": 3, \"months\": -1, \"days\": 0}"),
        arguments("term", "fractional years", "{\"years\": 2.5, \"months\": 0, \"days\": 0}"),
        arguments("term", "years as a string", "{\"years\": \"3\", \"months\": 0, \"days\": 0}"),
        arguments("term", "beyond an int", "{\"years\": 3000000000, \"months\": 0, \"days\": 0}"),
        arguments("sentence", "in absentia as a string", "{\"in_absentia\": \"true\"}"),
        arguments("sentence", "blank court", "{\"court\": \" \"}"),
        arguments("sentence", "regime not a code", "{\"regime\": \"general regime colony\"}"),
        arguments("sentence", "term as prose", "{\"term\": \"3 years\", \"regime\": \"general-regime-colony\"}"),
        arguments("status-change", "unknown status", "{\"status\": \"arrested\", \"date\": \"2021-05\"}"),
        arguments("status-change", "Java enum name",
            "{\"status\": \"SERVING_SENTENCE\", \"date\": \"2021-12\"}"),
        arguments("status-change", "snake_case enum",
            "{\"status\": \"serving_sentence\", \"date\": \"2021-12\"}"),
        arguments("status-change", "missing date", "{\"status\": \"detained\"}"),
        arguments("status-change", "date as prose", "{\"status\": \"detained\", \"date\": \"May 2021\"}"),
        arguments("status-change", "attribution not an object",
            "{\"status\": \"detained\", \"date\": \"2021-05\", \"attribution\": \"source/x\"}"),
        arguments("recognition", "criterion in capitals",
            "{\"by\": \"organization/viasna\", \"criteria\": [\"A\", \"E\"]}"),
        arguments("recognition", "criterion f", "{\"by\": \"organization/viasna\", \"criteria\": [\"f\"]}"),
        arguments("recognition", "criteria as a string",
            "{\"by\": \"organization/viasna\", \"criteria\": \"a, e\"}"),
        arguments("recognition", "missing by", "{\"criteria\": [\"a\", \"e\"]}"),
        arguments("recognition", "by as a name", "{\"by\": \"Viasna\", \"criteria\": [\"a\", \"e\"]}"),
        arguments("political-prisoner", "missing person", """
            {"id": "prisoner/example-prisoner", "detaining_state": "state/blr"}"""),
        arguments("political-prisoner", "missing detaining state", """
            {"id": "prisoner/example-prisoner", "person": "person/example-prisoner"}"""),
        arguments("political-prisoner", "a type, as if it were polymorphic", """
            {"type": "political-prisoner", "id": "prisoner/example-prisoner", "person": "person/example-prisoner",
             "detaining_state": "state/blr"}"""),
        arguments("political-prisoner", "embedded person", """
            {"id": "prisoner/example-prisoner",
             "person": {"type": "person", "id": "person/example-prisoner", "name": "An example prisoner"},
             "detaining_state": "state/blr"}"""),
        arguments("political-prisoner", "history as one object", """
            {"id": "prisoner/example-prisoner", "person": "person/example-prisoner", "detaining_state": "state/blr",
             "history": {"status": "detained", "date": "2021-05"}}"""),
        arguments("political-prisoner", "bad nested status", """
            {"id": "prisoner/example-prisoner", "person": "person/example-prisoner", "detaining_state": "state/blr",
             "history": [{"status": "detained", "date": "2021-05"}, {"status": "jailed", "date": "2021-12"}]}"""),
        arguments("political-prisoner", "bad nested criterion", """
            {"id": "prisoner/example-prisoner", "person": "person/example-prisoner", "detaining_state": "state/blr",
             "recognitions": [{"by": "organization/viasna", "criteria": ["a", "1900"]}]}"""),
        arguments("political-prisoner", "charge as a string", """
            {"id": "prisoner/example-prisoner", "person": "person/example-prisoner", "detaining_state": "state/blr",
             "charges": ["Article 342 of the Criminal Code of Belarus"]}"""),
        arguments("statistic", "count as a number", """
            {"id": "statistic/x", "metric": "political-prisoners", "subject": "state/blr", "as_of": "2025-09",
             "count": 1000, "attribution": {"source": "source/x", "hedge": "stated"}}"""),
        arguments("statistic", "missing attribution", """
            {"id": "statistic/x", "metric": "political-prisoners", "subject": "state/blr", "as_of": "2025-09",
             "count": {"lower": 1001, "qualifier": "more-than", "phrase": "over a thousand"}}"""),
        arguments("statistic", "missing as_of", """
            {"id": "statistic/x", "metric": "political-prisoners", "subject": "state/blr",
             "count": {"lower": 1001, "qualifier": "more-than", "phrase": "over a thousand"},
             "attribution": {"source": "source/x", "hedge": "stated"}}"""),
        arguments("statistic", "as_of as prose", """
            {"id": "statistic/x", "metric": "political-prisoners", "subject": "state/blr", "as_of": "currently",
             "count": {"lower": 1001, "qualifier": "more-than", "phrase": "over a thousand"},
             "attribution": {"source": "source/x", "hedge": "stated"}}"""),
        arguments("statistic", "metric not a code", """
            {"id": "statistic/x", "metric": "political prisoners", "subject": "state/blr", "as_of": "2025-09",
             "count": {"lower": 1001, "qualifier": "more-than", "phrase": "over a thousand"},
             "attribution": {"source": "source/x", "hedge": "stated"}}"""),
        // the dossier
        arguments("dossier", "missing schema_version", "{\"title\": \"Zapad 2025\"}"),
        arguments("dossier", "schema_version as a number", "{\"schema_version\": 1}"),
        arguments("dossier", "schema_version with a v", "{\"schema_version\": \"v1\"}"),
        arguments("dossier", "schema_version with a trailing dot", "{\"schema_version\": \"1.\"}"),
        arguments("dossier", "blank title", "{\"schema_version\": \"1\", \"title\": \"\"}"),
        arguments("dossier", "unknown property", "{\"schema_version\": \"1\", \"entities\": []}"),
        arguments("dossier", "an extension property on the dossier, not an entity",
            "{\"schema_version\": \"1\", \"x_acme\": 1}"),
        arguments("person", "an unknown property that is no extension name",
            "{\"type\": \"person\", \"id\": \"person/x\", \"name\": \"X\", \"acme_score\": 1}"),
        arguments("person", "a domain of two labels only",
            "{\"type\": \"person\", \"id\": \"person/x\", \"name\": \"X\", \"org.acled\": 1}"),
        arguments("place", "an extension property on a place, not an entity",
            "{\"name\": \"Warsaw\", \"country\": \"state/pol\", \"precision\": \"settlement\","
                + " \"x_note\": 1}"),
        arguments("dossier", "an actor among the events",
            "{\"schema_version\": \"1\", \"events\": [" + BELARUS + "]}"),
        arguments("dossier", "a prisoner without its person",
            "{\"schema_version\": \"1\", \"prisoners\": [{\"id\": \"prisoner/example-prisoner\", "
                + "\"detaining_state\": \"state/blr\"}]}"),
        arguments("dossier", "statistics as one object",
            "{\"schema_version\": \"1\", \"statistics\": " + OVER_A_THOUSAND + "}"),
        arguments("dossier", "references embedded", """
            {"schema_version": "1", "events": [{"type": "border-closure", "id": "event/x",
             "title": "Poland closes its border with Belarus", "neighbour": "state/blr",
             "closing_state": {"type": "state", "id": "state/pol", "name": "Poland", "alpha2": "PL",
                               "alpha3": "POL"}}]}"""));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("invalid")
  void refuses(String defName, String rule, String json) {
    assertThat(SchemaValidator.errors(defName, json)).as("%s: %s", rule, json).isNotEmpty();
  }

  /** Texts that the time-point pattern and {@link TimePoint#parse} both accept or both refuse. */
  static Stream<Arguments> timePoints() {
    return Stream.of(
        arguments("2025", true),
        arguments("2022-02", true),
        arguments("2025-09-10", true),
        arguments("2025-09-10T04:30Z", true),
        arguments("2025-09-10T04:30:00Z", true),
        arguments("2025-09-10T06:30:15.5+02:00", true),
        arguments("2025-09-10T06:30:15.500+02:00", true),
        arguments("2025-09-10T01:00:00.123456789-03:30", true),
        arguments("2025-09-10T04:30+01:30:15", true),
        arguments("2025-09-10T04:30-00:00", true),
        arguments("25", false),
        arguments("20250", false),
        arguments("+2025", false),
        arguments("2025-9", false),
        arguments("2025-13", false),
        arguments("2025-09-32", false),
        arguments("20250910", false),
        arguments("2025-09-10T04:30", false),
        arguments("2025-09-10T04", false),
        arguments("2025-09-10T24:00Z", false),
        arguments("2025-09-10T04:60Z", false),
        arguments("2025-09-10T04:30:60Z", false),
        arguments("2025-09-10T04:30.5Z", false),
        arguments("2025-09-10T04:30:00.1234567890Z", false),
        arguments("2025-09-10T04:30:00,5Z", false),
        arguments("2025-09-10T06:30+0200", false),
        arguments("2025-09-10T06:30+02", false),
        arguments("2025-09-10t04:30z", false),
        arguments("2025-09-10 04:30Z", false),
        arguments("2025-09-10T04:30Z[Europe/Warsaw]", false),
        arguments("2025-W37", true),
        arguments("2020-W53", true),
        arguments("2025-W01[Asia/Kathmandu]", true),
        arguments("2025-09-08/2025-09-12", true),
        arguments("2025-12-30/2026-01-02[America/Port-au-Prince]", true),
        arguments("2025-09-10[Europe/Warsaw]", true),
        arguments("2025[+03:00]", true),
        arguments("2025-09[-09:30]", true),
        arguments("2025-09-10[-00:00]", true),
        arguments("2025-09-10[UTC]", true),
        arguments("2025-W7", false),
        arguments("2025-W00", false),
        arguments("2025-W54", false),
        arguments("2025-w37", false),
        arguments("2025-W37-1", false),
        arguments("2025-09-08/12", false),
        arguments("2025-09-08/2025-09-12/2025-09-13", false),
        arguments("2025-09-08--2025-09-12", false),
        arguments("2025-09/2025-10", false),
        arguments("2025-09-10[]", false),
        arguments("2025-09-10[+02]", false),
        arguments("2025-09-10[+0200]", false),
        arguments("2025-09-10[+20:00]", false),
        arguments("2025-09-10[Europe/Warsaw", false),
        arguments("2025-09-10Europe/Warsaw]", false),
        arguments("2025-09-10 [UTC]", false),
        arguments("2025-09-10[/Warsaw]", false),
        arguments("2025-09-10[Europe//Warsaw]", false),
        arguments("2025-09-10[2Europe]", false),
        arguments("2025-09-10[UTC][UTC]", false),
        arguments("[UTC]", false),
        arguments("\uFF12\uFF10\uFF12\uFF15", false));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("timePoints")
  void timePointPatternAgreesWithTheReader(String text, boolean valid) {
    String json = "\"" + text + "\"";
    assertThat(SchemaValidator.errors("time-point", json).isEmpty()).as("schema").isEqualTo(valid);
    assertThat(parses(text)).as("TimePoint.parse").isEqualTo(valid);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"PT4H, true", "PT50M, true", "P1DT2H30M, true", "P1D, true", "PT0S, true",
      "PT0.5S, true", "PT1M0.123456789S, true", "P0DT0H, true", "P, false", "PT, false",
      "P1DT, false", "PT4H5, false", "PT1.1234567890S, false", "-PT4H, false", "PT-4H, false",
      "P1W, false", "P1Y, false", "PT4h, false", "PT0.5M, false", "PT1S1M, false",
      "'PT4H ', false", "4H, false"})
  void durationPatternAgreesWithTheReader(String text, boolean valid) {
    String json = "\"" + text + "\"";
    assertThat(SchemaValidator.errors("duration", json).isEmpty()).as("schema").isEqualTo(valid);
    boolean reads;
    try {
      SitrepJson.defaults().read("{\"lower\": " + json + ", \"qualifier\": \"at-least\"}",
          UncertainDuration.class);
      reads = true;
    } catch (InvalidDataException e) {
      assertThat(e).hasMessageContaining("$.lower: must be an ISO 8601 duration");
      reads = false;
    }
    assertThat(reads).as("the reader").isEqualTo(valid);
  }

  @Test
  void someTimePointRulesAreTheReadersAlone() {
    for (String text : List.of("2025-02-30", "0000", "2025-09-10T04:30+18:30", "2025-W53",
        "2025-09-12/2025-09-08", "2025-09-01/2025-09-08", "2025-09-10[Europe/Warsw]",
        "2025-09-10[+19:00]", "2025-09-10[Z]", "2025-09-10[GMT+2]", "2011-12-30[Pacific/Apia]")) {
      SchemaValidator.assertValid("time-point", "\"" + text + "\"");
      assertThat(parses(text)).as(text).isFalse();
    }
  }

  @Test
  void theWritersEventsAreValid() {
    Ref<Source> article = Ref.of(ARTICLE);
    Ref<State> belarus = Ref.of("state/blr");
    Ref<State> russia = Ref.of("state/rus");
    Ref<State> poland = Ref.of("state/pol");
    MilitaryExercise zapad = MilitaryExercise.builder()
        .id(EntityId.of("exercise/zapad-2025"))
        .title("Zapad 2025")
        .when(Period.from(TimePoint.day(2025, 9, 12)))
        .addParticipants(Participant.of(belarus, ParticipantRole.HOST),
            Participant.of(russia, ParticipantRole.PARTICIPANT))
        .addLinks(EventLink.of(LinkKind.SMALLER_THAN, Ref.of("exercise/zapad-2021")))
        .series("Zapad")
        .edition(2025)
        .addHosts(belarus)
        .status(ExerciseStatus.PLANNED)
        .addStrength(Strength.of(StrengthCategory.TROOPS, UncertainCount.about(13_000),
            Attribution.builder().source(Ref.of("source/belarus-ministry-of-defence"))
                .assertedBy(belarus).hedge(Hedge.DECLARED).build()))
        .build();
    Attribution officials = Attribution.builder().source(article)
        .assertedByDescription("officials").hedge(Hedge.DECLARED)
        .date(TimePoint.instant(OffsetDateTime.of(2025, 9, 10, 6, 30, 15, 500_000_000,
            ZoneOffset.ofHours(2))))
        .build();
    AirspaceIncident drones = AirspaceIncident.builder()
        .id(EntityId.of("incident/drones-over-poland-2025-09-10"))
        .title("Russian drones in Polish airspace")
        .when(Period.builder().start(TimePoint.day(2025, 9, 10)).end(TimePoint.day(2025, 9, 10))
            .phrase("early on September 10").build())
        .airspace(Airspace.of(poland, "EPWW"))
        .addIntrusions(Intrusion.builder()
            .platform(PlatformKind.DRONE)
            .count(UncertainCount.atLeast(19).withPhrase("at least nineteen"))
            .addOrigin(Claim.<Ref<State>>builder().id(EntityId.of("claim/from-belarus"))
                    .value(belarus).attribution(Attribution.of(article, Hedge.REPORTED)).build(),
                Claim.<Ref<State>>builder().id(EntityId.of("claim/from-russia"))
                    .supersedes(EntityId.of("claim/from-belarus")).value(russia)
                    .attribution(Attribution.of(article, Hedge.STATED)).build())
            .addTransits(Transit.of(belarus, UncertainCount.some()))
            .build())
        .addResponses(Response.builder().addResponders(Ref.<Actor>of("organization/nato"))
            .addAssets("jets").action(ResponseAction.SHOT_DOWN).count(UncertainCount.some())
            .attribution(Attribution.of(article, Hedge.REPORTED)).build())
        .addConsequences(Consequence.builder().kind(ConsequenceKind.AIRPORT_CLOSURE).build())
        .addConsultations(Consultation.builder().forum(Ref.of("organization/nato"))
            .basis("Article 4").addRequestedBy(poland)
            .requested(TimePoint.instant(OffsetDateTime.of(2025, 9, 10, 8, 0, 0, 0, ZoneOffset.UTC)))
            .build())
        .addClaims(Claim.of("the first time in NATO history", officials))
        .build();
    SitrepJson json = SitrepJson.defaults();
    for (Event event : List.of(zapad, drones)) {
      String text = json.write(event);
      SchemaValidator.assertValid("event", text);
      assertThat(json.read(text, Event.class)).isEqualTo(event);
    }
    assertThat(json.write(drones)).contains("\"requested\":\"2025-09-10T08:00Z\"")
        .contains("\"date\":\"2025-09-10T06:30:15.500+02:00\"");
  }

  @Test
  void theWritersDossierIsValid() {
    Source article = Source.builder().id(EntityId.of(ARTICLE)).kind(SourceKind.ARTICLE)
        .publisher("Atlantic Council").addAuthors("Hanna Liubakova")
        .published(TimePoint.month(2025, 9)).build();
    // The article names no prisoner: this registry entry, the person and the dates are examples.
    Source registry = Source.builder().id(EntityId.of("source/example-registry-entry"))
        .kind(SourceKind.DATASET).title("An example entry of a registry of political prisoners")
        .build();
    State belarus = StateCatalogue.get("BY");
    State poland = StateCatalogue.get("PL");
    State russia = StateCatalogue.get("RU");
    State ukraine = StateCatalogue.get("UA");
    State unitedStates = StateCatalogue.get("US");
    Person tusk = Person.builder().id(EntityId.of("person/donald-tusk")).name("Donald Tusk").build();
    Person putin = Person.builder().id(EntityId.of("person/vladimir-putin")).name("Vladimir Putin")
        .build();
    Person trump = Person.builder().id(EntityId.of("person/donald-trump")).name("Donald Trump")
        .build();
    Person prisonerPerson = Person.builder().id(EntityId.of("person/example-prisoner"))
        .name("An example prisoner").build();
    Organization parliament = Organization.builder().id(EntityId.of("organization/polish-parliament"))
        .name("Polish parliament").kind(OrganizationKind.LEGISLATURE).state(Ref.to(poland)).build();
    Organization viasna = Organization.builder().id(EntityId.of("organization/viasna"))
        .name("Viasna").kind(OrganizationKind.NGO).build();
    Collective minsk = Collective.builder().id(EntityId.of("collective/officials-in-minsk"))
        .name("officials in Minsk").affiliation(Ref.to(belarus)).build();
    Collective warsaw = Collective.builder().id(EntityId.of("collective/officials-in-warsaw"))
        .name("their Warsaw counterparts").affiliation(Ref.to(poland)).build();
    Ref<Source> source = Ref.to(article);
    MilitaryExercise zapad = MilitaryExercise.builder()
        .id(EntityId.of("exercise/zapad-2025")).title("Zapad 2025")
        .when(Period.builder().start(TimePoint.day(2025, 9, 12)).phrase("On September 12").build())
        .addHosts(Ref.to(belarus)).status(ExerciseStatus.PLANNED)
        .addAttributions(Attribution.of(source, Hedge.STATED))
        .build();
    Statement statement = Statement.builder()
        .id(EntityId.of("statement/tusk-closest-to-open-conflict"))
        .title("Tusk addresses members of the Polish parliament")
        .addParticipants(Participant.of(Ref.to(tusk), ParticipantRole.SPEAKER),
            Participant.of(Ref.to(parliament), ParticipantRole.AUDIENCE))
        .speaker(Ref.to(tusk))
        .addAudience(Ref.to(parliament))
        .venue(Place.builder().name("Warsaw").country(Ref.to(poland))
            .precision(PlacePrecision.SETTLEMENT).build())
        .quote(Quote.builder().text("the closest we have been to open conflict since World War II")
            .language("en")
            .attribution(Attribution.builder().source(source).assertedBy(Ref.to(tusk))
                .hedge(Hedge.STATED).build())
            .build())
        .build();
    Meeting summit = Meeting.builder()
        .id(EntityId.of("meeting/putin-trump-alaska-2025")).title("Putin–Trump summit in Alaska")
        .when(Period.builder().start(TimePoint.month(2025, 8)).phrase("August").build())
        .addPlaces(Place.builder().name("Alaska").country(Ref.to(unitedStates))
            .precision(PlacePrecision.REGION).build())
        .addParticipants(Participant.of(Ref.to(putin), ParticipantRole.PARTICIPANT),
            Participant.of(Ref.to(trump), ParticipantRole.PARTICIPANT))
        .addAttributions(Attribution.of(source, Hedge.STATED))
        .build();
    BorderClosure closure = BorderClosure.builder()
        .id(EntityId.of("event/poland-closes-border-crossings-with-belarus"))
        .title("Poland closes its border crossings with Belarus during Zapad 2025")
        .addAttributions(Attribution.builder().source(source).assertedBy(Ref.to(poland))
            .hedge(Hedge.DECLARED).build())
        .closingState(Ref.to(poland)).neighbour(Ref.to(belarus))
        .reason("the risk of provocations tied to the drills")
        .relatedExercise(Ref.to(zapad))
        .build();
    Warning warning = Warning.builder()
        .id(EntityId.of("warning/minsk-warns-warsaw-2025-09-10"))
        .title("Minsk warns Warsaw of drones")
        .when(Period.builder().start(TimePoint.day(2025, 9, 10))
            .phrase("Early on Wednesday morning").build())
        .addAttributions(Attribution.of(source, Hedge.REPORTED))
        .by(Ref.to(minsk)).to(Ref.to(warsaw))
        .about("drones were heading their way from the direction of Belarus")
        .build();
    GeneralEvent invasion = GeneralEvent.builder()
        .id(EntityId.of("event/invasion-of-ukraine-2022"))
        .title("Russia's full-scale invasion of Ukraine")
        .when(Period.builder().start(TimePoint.month(2022, 2)).phrase("February 2022").build())
        .addParticipants(Participant.of(Ref.to(russia), ParticipantRole.INITIATOR),
            Participant.of(Ref.to(ukraine), ParticipantRole.TARGET))
        .addAttributions(Attribution.of(source, Hedge.STATED))
        .kind(EventKind.ASSAULT)
        .description("Russia's February 2022 invasion of Ukraine")
        .build();
    PoliticalPrisoner prisoner = PoliticalPrisoner.builder()
        .id(EntityId.of("prisoner/example-prisoner"))
        .person(Ref.to(prisonerPerson))
        .detainingState(Ref.to(belarus))
        .addCharges(Charge.builder().code("Criminal Code of Belarus").article("342").build())
        .sentence(Sentence.of(Term.of(3, 0, 0), Regime.GENERAL_REGIME_COLONY))
        .addHistory(StatusChange.of(PrisonerStatus.DETAINED, TimePoint.month(2021, 5)),
            StatusChange.of(PrisonerStatus.CONVICTED, TimePoint.day(2021, 11, 15)),
            StatusChange.builder().status(PrisonerStatus.SERVING_SENTENCE)
                .date(TimePoint.month(2021, 12))
                .attribution(Attribution.of(Ref.to(registry), Hedge.REPORTED)).build())
        .addRecognitions(Recognition.builder().by(Ref.to(viasna))
            .addCriteria(Pace1900Criterion.A, Pace1900Criterion.E).build())
        .addAttributions(Attribution.of(Ref.to(registry), Hedge.REPORTED))
        .build();
    Statistic overAThousand = Statistic.builder()
        .id(EntityId.of("statistic/belarus-political-prisoners-2025-09"))
        .metric(Metric.POLITICAL_PRISONERS)
        .subject(Ref.to(belarus))
        .asOf(TimePoint.month(2025, 9))
        .count(UncertainCount.moreThan(1000).withPhrase("over a thousand"))
        .attribution(Attribution.of(source, Hedge.STATED))
        .build();
    Dossier dossier = Dossier.builder()
        .title("Zapad 2025")
        .addSources(article, registry)
        .addActors(belarus, poland, russia, ukraine, unitedStates, tusk, putin, trump,
            prisonerPerson, parliament, viasna, minsk, warsaw)
        .addEvents(zapad, statement, summit, closure, warning, invasion)
        .addPrisoners(prisoner)
        .addStatistics(overAThousand)
        .build();
    assertThat(dossier.validate().isValid()).as("%s", dossier.validate()).isTrue();

    SitrepJson json = SitrepJson.defaults();
    String text = json.write(dossier);
    SchemaValidator.assertValid("dossier", text);
    assertThat(SchemaValidator.documentErrors(text)).isEmpty();
    assertThat(json.read(text, Dossier.class)).isEqualTo(dossier);
    assertThat(text).startsWith("{\"schema_version\":\"1\",")
        .contains("\"criteria\":[\"a\",\"e\"]")
        .contains("\"status\":\"serving-sentence\"");
    for (Event event : dossier.events()) {
      String eventText = json.write(event);
      SchemaValidator.assertValid("event", eventText);
      SchemaValidator.assertValid(Families.EVENT.typeNameOf(event), eventText);
    }
    SchemaValidator.assertValid("political-prisoner", json.write(prisoner));
    SchemaValidator.assertValid("statistic", json.write(overAThousand));
  }

  @Test
  void theSchemasRootIsTheDossier() {
    assertThat(SCHEMA.path("$ref").asString()).isEqualTo("#/$defs/dossier");
    assertThat(SchemaValidator.documentErrors(SMALL_DOSSIER)).isEmpty();
    assertThat(SchemaValidator.documentErrors("{\"schema_version\": \"1\"}")).isEmpty();
    assertThat(SchemaValidator.documentErrors(BELARUS)).isNotEmpty();
    assertThat(SchemaValidator.documentErrors(ZAPAD_2025)).isNotEmpty();
    assertThat(SchemaValidator.documentErrors("{\"schema_version\": \"v1\"}")).isNotEmpty();
  }

  /** Each JSON example of io/README.md is valid by the entry its section is named after. */
  private static boolean parses(String text) {
    try {
      TimePoint.parse(text);
      return true;
    } catch (InvalidDataException e) {
      return false;
    }
  }

  @Test
  void everyDefIsAcceptedAndRefusedBySomeSample() {
    Set<String> accepted = valid().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    Set<String> refused = invalid().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    Set<String> helpers = Set.of("non-blank-string", "code", "language-tag", "schema-version");
    for (String def : SchemaValidator.defNames()) {
      if (!helpers.contains(def) && !def.endsWith("-properties")) {
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
    assertThatThrownBy(() -> SchemaValidator.errors("vienna-check", "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vienna-check");
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
  void everyDefHasADescriptionAndEveryRefADef() {
    List<String> refs = new ArrayList<>();
    collect(SCHEMA, "$ref", refs);
    for (String def : SchemaValidator.defNames()) {
      assertThat(SCHEMA.path("$defs").path(def).path("description").asString()).as(def)
          .isNotBlank().doesNotContain("\n");
    }
    for (String ref : refs) {
      assertThat(SchemaValidator.defNames()).contains(ref.replace("#/$defs/", ""));
    }
  }

  @Test
  void everyObjectIsClosed() {
    List<JsonNode> objects = new ArrayList<>();
    collectObjects(SCHEMA, objects);
    assertThat(objects).isNotEmpty();
    for (JsonNode object : objects) {
      if (object.has("properties") && !SCHEMA.path("$defs").path(
          object.path("$ref").asString("#/$defs/").substring(8)).isMissingNode()) {
        assertThat(object.path("unevaluatedProperties").asBoolean(true)).as("%s", object).isFalse();
      } else if (object.has("properties") && !isSharedSet(object)) {
        assertThat(object.path("additionalProperties").asBoolean(true)).as("%s", object).isFalse();
      }
    }
  }

  private static boolean isSharedSet(JsonNode object) {
    for (JsonNode def : SCHEMA.path("$defs")) {
      if (def == object) {
        return def.path("description").asString().startsWith("The properties shared by");
      }
    }
    return false;
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
