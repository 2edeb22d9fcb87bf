package dev.sitrep.io.codec;

/**
 * Every name on sitrep's wire: property names (snake_case) and type names (kebab-case), in one
 * place. {@code io/README.md} and the JSON Schema use the same names.
 */
public final class Wire {
  private Wire() {}

  // Property names, in alphabetical order.
  public static final String ACTION = "action";
  public static final String ACTOR = "actor";
  public static final String AFFILIATION = "affiliation";
  public static final String AIRSPACE = "airspace";
  public static final String ALPHA2 = "alpha2";
  public static final String ALPHA3 = "alpha3";
  public static final String ANSWER = "answer";
  public static final String ASSERTED_BY = "asserted_by";
  public static final String ASSERTED_BY_DESCRIPTION = "asserted_by_description";
  public static final String ASSETS = "assets";
  public static final String ATTRIBUTION = "attribution";
  public static final String ATTRIBUTIONS = "attributions";
  public static final String AUTHORS = "authors";
  public static final String BASIS = "basis";
  public static final String BEST = "best";
  public static final String BIRTH_DATE = "birth_date";
  public static final String CATEGORY = "category";
  public static final String CLAIMS = "claims";
  public static final String CONSEQUENCES = "consequences";
  public static final String CONSULTATIONS = "consultations";
  public static final String COUNT = "count";
  public static final String COUNTRY = "country";
  public static final String DATE = "date";
  public static final String DESCRIPTION = "description";
  public static final String EDITION = "edition";
  public static final String END = "end";
  public static final String ENTRY = "entry";
  public static final String EXTERNAL_IDS = "external_ids";
  public static final String FLIGHT_INFORMATION_REGION = "flight_information_region";
  public static final String FORUM = "forum";
  public static final String FROM = "from";
  public static final String HEDGE = "hedge";
  public static final String HELD = "held";
  public static final String HOLDER = "holder";
  public static final String HOSTS = "hosts";
  public static final String ID = "id";
  public static final String INTRUSIONS = "intrusions";
  public static final String KIND = "kind";
  public static final String LANGUAGE = "language";
  public static final String LAT = "lat";
  public static final String LINKS = "links";
  public static final String LON = "lon";
  public static final String LOWER = "lower";
  public static final String MEMBER = "member";
  public static final String MODEL = "model";
  public static final String NAME = "name";
  public static final String OF = "of";
  public static final String ORGANIZATION = "organization";
  public static final String ORIGIN = "origin";
  public static final String OTHER_NAMES = "other_names";
  public static final String PARENT = "parent";
  public static final String PARTICIPANTS = "participants";
  public static final String PERIOD = "period";
  public static final String PHRASE = "phrase";
  public static final String PLACES = "places";
  public static final String PLATFORM = "platform";
  public static final String POINT = "point";
  public static final String PRECISION = "precision";
  public static final String PUBLISHED = "published";
  public static final String PUBLISHER = "publisher";
  public static final String QUALIFIER = "qualifier";
  public static final String REQUESTED = "requested";
  public static final String REQUESTED_BY = "requested_by";
  public static final String RESPONDERS = "responders";
  public static final String RESPONSES = "responses";
  public static final String ROLE = "role";
  public static final String SCENARIO = "scenario";
  public static final String SCHEME = "scheme";
  public static final String SCRIPT = "script";
  public static final String SERIES = "series";
  public static final String SIZE = "size";
  public static final String SOURCE = "source";
  public static final String START = "start";
  public static final String STATE = "state";
  public static final String STATUS = "status";
  public static final String STATUS_REASON = "status_reason";
  public static final String STRENGTH = "strength";
  public static final String SUPERSEDES = "supersedes";
  public static final String TARGET = "target";
  public static final String TEXT = "text";
  public static final String TITLE = "title";
  public static final String TO = "to";
  public static final String TRANSITS = "transits";
  public static final String TYPE = "type";
  public static final String UPPER = "upper";
  public static final String URL = "url";
  public static final String VALUE = "value";
  public static final String WHEN = "when";

  // Type names of polymorphic objects.
  public static final String TYPE_STATE = "state";
  public static final String TYPE_PERSON = "person";
  public static final String TYPE_ORGANIZATION = "organization";
  public static final String TYPE_COLLECTIVE = "collective";
  public static final String TYPE_MEMBERSHIP = "membership";
  public static final String TYPE_OFFICE = "office";
  public static final String TYPE_ACTOR_RELATION = "actor-relation";
  public static final String TYPE_MILITARY_EXERCISE = "military-exercise";
  public static final String TYPE_AIRSPACE_INCIDENT = "airspace-incident";
}
