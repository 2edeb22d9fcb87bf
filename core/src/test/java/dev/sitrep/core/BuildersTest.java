package dev.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.sitrep.core.actor.ImmutableActorRelation;
import dev.sitrep.core.actor.ImmutableCollective;
import dev.sitrep.core.actor.ImmutableMembership;
import dev.sitrep.core.actor.ImmutableName;
import dev.sitrep.core.actor.ImmutableOffice;
import dev.sitrep.core.actor.ImmutableOrganization;
import dev.sitrep.core.actor.ImmutablePerson;
import dev.sitrep.core.actor.ImmutableState;
import dev.sitrep.core.airspace.ImmutableAirspaceIncident;
import dev.sitrep.core.airspace.ImmutableConsequence;
import dev.sitrep.core.airspace.ImmutableConsultation;
import dev.sitrep.core.airspace.ImmutableIntrusion;
import dev.sitrep.core.airspace.ImmutableResponse;
import dev.sitrep.core.airspace.ImmutableTransit;
import dev.sitrep.core.dossier.ImmutableDossier;
import dev.sitrep.core.dossier.ImmutableProblem;
import dev.sitrep.core.dossier.ImmutableValidationReport;
import dev.sitrep.core.dossier.Problem;
import dev.sitrep.core.dossier.ValidationReport;
import dev.sitrep.core.event.ImmutableBorderClosure;
import dev.sitrep.core.event.ImmutableEventLink;
import dev.sitrep.core.event.ImmutableGeneralEvent;
import dev.sitrep.core.event.ImmutableImpact;
import dev.sitrep.core.event.ImmutableMeeting;
import dev.sitrep.core.event.ImmutableParticipant;
import dev.sitrep.core.event.ImmutableStatement;
import dev.sitrep.core.event.ImmutableSuspicion;
import dev.sitrep.core.event.ImmutableWarning;
import dev.sitrep.core.exercise.ImmutableMilitaryExercise;
import dev.sitrep.core.exercise.ImmutableStrength;
import dev.sitrep.core.exercise.ImmutableViennaCheck;
import dev.sitrep.core.exercise.ImmutableViennaThreshold;
import dev.sitrep.core.exercise.ViennaDocument2011;
import dev.sitrep.core.geo.ImmutableAirspace;
import dev.sitrep.core.geo.ImmutableGeoPoint;
import dev.sitrep.core.geo.ImmutablePlace;
import dev.sitrep.core.identity.ImmutableEntityId;
import dev.sitrep.core.identity.ImmutableExternalId;
import dev.sitrep.core.identity.ImmutableRef;
import dev.sitrep.core.prisoner.ImmutableCharge;
import dev.sitrep.core.prisoner.ImmutablePoliticalPrisoner;
import dev.sitrep.core.prisoner.ImmutableRecognition;
import dev.sitrep.core.prisoner.ImmutableSentence;
import dev.sitrep.core.prisoner.ImmutableStatusChange;
import dev.sitrep.core.prisoner.ImmutableTerm;
import dev.sitrep.core.provenance.ImmutableAttribution;
import dev.sitrep.core.provenance.ImmutableClaim;
import dev.sitrep.core.provenance.ImmutableQuote;
import dev.sitrep.core.provenance.ImmutableSource;
import dev.sitrep.core.quantity.ImmutableUncertainCount;
import dev.sitrep.core.time.ImmutableUncertainDuration;
import dev.sitrep.core.statistic.ImmutableStatistic;
import dev.sitrep.core.testing.Generators;
import dev.sitrep.core.testing.Samples;
import dev.sitrep.core.thing.ImmutableAircraft;
import dev.sitrep.core.thing.ImmutableInfrastructure;
import dev.sitrep.core.thing.ImmutableVessel;
import dev.sitrep.core.time.ImmutablePeriod;
import dev.sitrep.core.time.ImmutableTimePoint;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every generated builder and every {@code with*} copy method: {@code null} for an attribute fails
 * with {@link InvalidDataException} naming the attribute (never an NPE), and a build without the
 * required attributes fails with one naming each of them; a type without required attributes (a
 * dossier) builds empty.
 *
 * <p>The {@code Optional}, {@code OptionalInt}, iterable and varargs overloads are left out:
 * passing a {@code null} {@code Optional} or collection is not something the generated code
 * checks.
 */
class BuildersTest {
  /** A value type: its builder, a valid instance, and the attributes a build needs. */
  private record Type(String name, Supplier<Object> builder, Gen<?> instances,
      List<String> required, String ruleWhenEmpty) {}

  private static Type type(String name, Supplier<Object> builder, Gen<?> instances,
      String... required) {
    return new Type(name, builder, instances, List.of(required), null);
  }

  /**
   * A type with no required attribute whose empty build breaks a rule across attributes, at
   * {@code path}: a charge needs an article or a description.
   */
  private static Type typeNeedingOneOf(String name, Supplier<Object> builder, Gen<?> instances,
      String path) {
    return new Type(name, builder, instances, List.of(), path);
  }

  private static final Problem PROBLEM = Problem.of("events[0].hosts[0]",
      Problem.DANGLING_REFERENCE, "refers to state/xyz, which is not in the dossier");

  private static final List<Type> TYPES = List.of(
      type("EntityId", ImmutableEntityId::builder, Generators.entityIds(), "value"),
      type("ExternalId", ImmutableExternalId::builder, Generators.externalIds(), "scheme", "value"),
      type("Ref", ImmutableRef::builder, Generators.refs(), "id"),
      type("TimePoint", ImmutableTimePoint::builder, Generators.timePoints(), "value"),
      type("Period", ImmutablePeriod::builder, Generators.periods(), "start"),
      type("UncertainCount", ImmutableUncertainCount::builder, Generators.uncertainCounts(),
          "qualifier"),
      type("UncertainDuration", ImmutableUncertainDuration::builder,
          Generators.uncertainDurations(), "qualifier"),
      type("GeoPoint", ImmutableGeoPoint::builder, Generators.geoPoints(), "lat", "lon"),
      type("Place", ImmutablePlace::builder, Generators.places(), "name", "precision"),
      type("Airspace", ImmutableAirspace::builder, Generators.airspaces(), "state"),
      type("Source", ImmutableSource::builder, Generators.sources(), "id", "kind"),
      type("Attribution", ImmutableAttribution::builder, Generators.attributions(),
          "source", "hedge"),
      type("Quote", ImmutableQuote::builder, Generators.quotes(), "text", "attribution"),
      type("Claim", ImmutableClaim::builder, Generators.claims(Generators.uncertainCounts()),
          "value", "attribution"),
      type("Name", ImmutableName::builder, Generators.names(), "value"),
      type("State", ImmutableState::builder, Generators.states(),
          "id", "name", "alpha2", "alpha3"),
      type("Person", ImmutablePerson::builder, Generators.persons(), "id", "name"),
      type("Organization", ImmutableOrganization::builder, Generators.organizations(),
          "id", "name", "kind"),
      type("Collective", ImmutableCollective::builder, Generators.collectives(), "id", "name"),
      type("Vessel", ImmutableVessel::builder, Generators.vessels(), "id", "name"),
      type("Aircraft", ImmutableAircraft::builder, Generators.aircraft(), "id", "model"),
      type("Infrastructure", ImmutableInfrastructure::builder, Generators.infrastructures(),
          "id", "kind"),
      type("Membership", ImmutableMembership::builder, Generators.memberships(),
          "id", "member", "organization"),
      type("Office", ImmutableOffice::builder, Generators.offices(),
          "id", "holder", "title", "of"),
      type("ActorRelation", ImmutableActorRelation::builder, Generators.actorRelations(),
          "id", "subject", "kind", "to"),
      type("Participant", ImmutableParticipant::builder, Generators.participants(),
          "actor", "role"),
      type("EventLink", ImmutableEventLink::builder, Generators.eventLinks(), "kind", "target"),
      type("Statement", ImmutableStatement::builder, Generators.statements(),
          "id", "title", "speaker"),
      type("Meeting", ImmutableMeeting::builder, Generators.meetings(), "id", "title"),
      type("BorderClosure", ImmutableBorderClosure::builder, Generators.borderClosures(),
          "id", "title", "closingState", "neighbour"),
      type("Warning", ImmutableWarning::builder, Generators.warnings(),
          "id", "title", "by", "to", "about"),
      type("GeneralEvent", ImmutableGeneralEvent::builder, Generators.generalEvents(),
          "id", "title", "kind"),
      type("Strength", ImmutableStrength::builder, Generators.strengths(),
          "category", "count", "attribution"),
      type("MilitaryExercise", ImmutableMilitaryExercise::builder,
          Generators.militaryExercises(), "id", "title", "status"),
      type("ViennaThreshold", ImmutableViennaThreshold::builder,
          Generate.pick(ViennaDocument2011.THRESHOLDS),
          "obligation", "category", "minimum", "paragraph"),
      type("ViennaCheck", ImmutableViennaCheck::builder, Generators.strengths()
              .map(s -> ViennaDocument2011.check(s, ViennaDocument2011.THRESHOLDS.stream()
                  .filter(t -> t.category() == s.category()).findFirst().orElseThrow())),
          "strength", "threshold", "answer", "reason", "asStated", "asStatedReason"),
      type("Impact", ImmutableImpact::builder, Generators.impacts(), "kind", "count"),
      type("Suspicion", ImmutableSuspicion::builder, Generators.suspicions(), "attribution"),
      type("Transit", ImmutableTransit::builder, Generators.transits(), "state"),
      type("Intrusion", ImmutableIntrusion::builder, Generators.intrusions(),
          "platform", "count"),
      type("Response", ImmutableResponse::builder, Generators.responses(), "action"),
      type("Consequence", ImmutableConsequence::builder, Generators.consequences(), "kind"),
      type("Consultation", ImmutableConsultation::builder, Generators.consultations(),
          "forum", "basis"),
      type("AirspaceIncident", ImmutableAirspaceIncident::builder,
          Generators.airspaceIncidents(), "id", "title", "airspace"),
      typeNeedingOneOf("Charge", ImmutableCharge::builder, Generators.charges(), "article"),
      type("Term", ImmutableTerm::builder, Generators.terms(), "years", "months", "days"),
      type("Sentence", ImmutableSentence::builder, Generators.sentences()),
      type("StatusChange", ImmutableStatusChange::builder, Generators.statusChanges(),
          "status", "date"),
      type("Recognition", ImmutableRecognition::builder, Generators.recognitions(), "by"),
      type("PoliticalPrisoner", ImmutablePoliticalPrisoner::builder,
          Generators.politicalPrisoners(), "id", "person", "detainingState"),
      type("Statistic", ImmutableStatistic::builder, Generators.statistics(),
          "id", "metric", "subject", "asOf", "count", "attribution"),
      type("Problem", ImmutableProblem::builder, Generate.constant(PROBLEM),
          "path", "code", "message"),
      type("ValidationReport", ImmutableValidationReport::builder,
          Generate.constant(ValidationReport.of(List.of(PROBLEM)))),
      type("Dossier", ImmutableDossier::builder, Generators.dossiers()));

  /** Types whose attributes are all primitives, so that no setter can be given null. */
  private static final Set<String> PRIMITIVES_ONLY = Set.of("GeoPoint", "Term");

  /**
   * Types whose only attribute is a list, so that their with methods take a collection or
   * varargs, never one object.
   */
  private static final Set<String> LIST_ONLY = Set.of("ValidationReport");

  /** Optionals, and whole collections as for lists: a map of extensions and its entries. */
  private static final List<Class<?>> UNCHECKED_PARAMETERS = List.of(Optional.class,
      OptionalInt.class, OptionalLong.class, Iterable.class, Map.class, Map.Entry.class);

  /** Setters of one object-typed attribute (or list element) that must refuse {@code null}. */
  private static Stream<Method> nullableSetters(Class<?> type, String prefix) {
    return Arrays.stream(type.getMethods())
        .filter(m -> m.getDeclaringClass() == type && !Modifier.isStatic(m.getModifiers()) && !m.isBridge())
        .filter(m -> m.getName().startsWith(prefix) && m.getParameterCount() == 1)
        .filter(m -> !m.getName().equals("from")) // copies a whole value
        .filter(m -> {
          Class<?> p = m.getParameterTypes()[0];
          return !p.isPrimitive() && !p.isArray()
              && UNCHECKED_PARAMETERS.stream().noneMatch(u -> u.isAssignableFrom(p));
        })
        .sorted((a, b) -> a.toString().compareTo(b.toString()));
  }

  /** {@code addOtherName} sets {@code otherNames}; {@code withTitle} sets {@code title}. */
  private static String attributeOf(Method setter, String prefix) {
    String name = setter.getName().substring(prefix.length());
    return name.isEmpty() ? setter.getName()
        : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }

  private static void assertNullRejected(Object target, Method setter, String attribute) {
    Throwable thrown;
    try {
      setter.invoke(target, new Object[] {null});
      thrown = null;
    } catch (InvocationTargetException e) {
      thrown = e.getCause();
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
    assertThat(thrown).as("%s(null)", setter).isInstanceOf(InvalidDataException.class);
    InvalidDataException e = (InvalidDataException) thrown;
    assertThat(e.path()).as("the path of %s(null)", setter.getName()).startsWith(attribute);
    assertThat(e.rule()).as("the rule of %s(null)", setter.getName()).contains("null");
  }

  @TestFactory
  Stream<DynamicTest> aBuilderSetterGivenNullFailsWithInvalidDataExceptionNamingTheAttribute() {
    return TYPES.stream().map(type -> dynamicTest(type.name(), () -> {
      Class<?> builderClass = type.builder().get().getClass();
      List<Method> setters = nullableSetters(builderClass, "").toList();
      assertThat(setters).as("the setters of %s", builderClass)
          .hasSizeGreaterThanOrEqualTo(PRIMITIVES_ONLY.contains(type.name()) ? 0 : 1);
      for (Method setter : setters) {
        String prefix = setter.getName().startsWith("add") ? "add" : "";
        assertNullRejected(type.builder().get(), setter, attributeOf(setter, prefix));
      }
    }));
  }

  @Test
  void theSettersCheckedIncludeValuesListElementsAndOptionalsButNoCopies() {
    assertThat(nullableSetters(ImmutablePerson.Builder.class, "").map(Method::getName))
        .containsExactlyInAnyOrder("addExternalId", "addOtherName", "birthDate", "id", "name");
    assertThat(nullableSetters(ImmutableActorRelation.Builder.class, "").map(Method::getName))
        .contains("subject", "to", "kind", "period", "addAttribution").doesNotContain("from");
    assertThat(nullableSetters(ImmutableRef.Builder.class, "").map(Method::getName))
        .containsExactly("id");
  }

  @TestFactory
  Stream<DynamicTest> aWithMethodGivenNullFailsWithInvalidDataExceptionNamingTheAttribute() {
    return TYPES.stream().map(type -> dynamicTest(type.name(), () -> {
      Object instance = Samples.of(type.instances(), 1).get(0);
      List<Method> withers = nullableSetters(instance.getClass(), "with").toList();
      assertThat(withers).as("the with methods of %s", instance.getClass())
          .hasSizeGreaterThanOrEqualTo(
              PRIMITIVES_ONLY.contains(type.name()) || LIST_ONLY.contains(type.name()) ? 0 : 1);
      for (Method wither : withers) {
        assertNullRejected(instance, wither, attributeOf(wither, "with"));
      }
    }));
  }

  /**
   * {@code X.builder().from(x)} copies every attribute of {@code x}, for every type: no attribute
   * is named {@code from} and takes the builder's copy-from.
   */
  @TestFactory
  Stream<DynamicTest> aBuilderCopiesAValueOfItsTypeWithFrom() {
    return TYPES.stream().map(type -> dynamicTest(type.name(), () -> {
      Object instance = Samples.of(type.instances(), 1).get(0);
      Class<?> valueType = instance.getClass().getSuperclass(); // ImmutableX extends X
      Object builder = type.builder().get();
      builder.getClass().getMethod("from", valueType).invoke(builder, instance);
      assertThat(builder.getClass().getMethod("build").invoke(builder)).isEqualTo(instance);
    }));
  }

  @TestFactory
  Stream<DynamicTest> aTypeWithoutRequiredAttributesBuildsEmpty() {
    return TYPES.stream().filter(type -> type.required().isEmpty() && type.ruleWhenEmpty() == null)
        .map(type -> dynamicTest(type.name(), () -> {
          Object builder = type.builder().get();
          assertThat(builder.getClass().getMethod("build").invoke(builder)).isNotNull();
        }));
  }

  @TestFactory
  Stream<DynamicTest> anEmptyBuildBreakingARuleNamesItsAttribute() {
    return TYPES.stream().filter(type -> type.ruleWhenEmpty() != null)
        .map(type -> dynamicTest(type.name(), () -> {
          Object builder = type.builder().get();
          assertThatThrownBy(() -> {
            try {
              builder.getClass().getMethod("build").invoke(builder);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          }).isInstanceOfSatisfying(InvalidDataException.class,
              e -> assertThat(e.path()).isEqualTo(type.ruleWhenEmpty()));
        }));
  }

  @TestFactory
  Stream<DynamicTest> aBuildWithoutTheRequiredAttributesNamesEachOfThem() {
    return TYPES.stream().filter(type -> !type.required().isEmpty())
        .map(type -> dynamicTest(type.name(), () -> {
          Object builder = type.builder().get();
          Throwable thrown;
          try {
            builder.getClass().getMethod("build").invoke(builder);
            thrown = null;
          } catch (InvocationTargetException e) {
            thrown = e.getCause();
          }
          assertThat(thrown).isInstanceOf(InvalidDataException.class);
          InvalidDataException e = (InvalidDataException) thrown;
          assertThat(e.getMessage()).contains(type.name()).contains(type.required());
          assertThat(e.path())
              .isEqualTo(type.required().size() == 1 ? type.required().get(0) : "");
        }));
  }
}
