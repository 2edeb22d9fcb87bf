package dev.sitrep.core.thing;

import static dev.sitrep.core.testing.Validity.assertValidIff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.IdScheme;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.testing.Generators;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of things: a vessel holds at most one IMO number, whatever else its external ids
 * are, and finds it; no thing names an operator twice.
 */
class ThingPropertiesTest {
  private static final int EXAMPLES = 200;

  private static final Gen<List<ExternalId>> EXTERNAL_IDS =
      lists().of(Generators.externalIds())
          .ofSizeBetween(0, 5);

  @Test
  void aVesselIsAcceptedIffItsExternalIdsHoldAtMostOneImoNumber() {
    qt().withExamples(EXAMPLES).forAll(Generators.vessels(), EXTERNAL_IDS).checkAssert((v, ids) -> {
      List<String> imo = ids.stream().filter(id -> id.scheme().equals(IdScheme.IMO))
          .map(ExternalId::value).toList();
      InvalidDataException e = assertValidIff(imo.size() <= 1,
          () -> assertThat(ImmutableVessel.copyOf(v).withExternalIds(ids).imoNumber())
              .isEqualTo(imo.stream().findFirst()));
      if (e != null) {
        assertThat(e.path()).isEqualTo("externalIds");
        assertThat(e.getMessage()).contains("at most one IMO number", imo.get(0), imo.get(1));
      }
    });
  }

  @Test
  void aThingIsAcceptedIffItNamesNoOperatorTwice() {
    Gen<Ref<Actor>> few = Generate.pick(List.of(Ref.of("organization/fingrid"),
        Ref.of("organization/elering"), Ref.of("state/fin")));
    Gen<List<Ref<Actor>>> operators =
        lists().of(few).ofSizeBetween(0, 4);
    qt().withExamples(EXAMPLES).forAll(Generators.things(), operators).checkAssert((t, ops) -> {
      int repeat = -1;
      for (int i = 0; i < ops.size() && repeat < 0; i++) {
        if (ops.subList(0, i).contains(ops.get(i))) {
          repeat = i;
        }
      }
      InvalidDataException e = assertValidIff(repeat < 0, () -> withOperators(t, ops));
      if (e != null) {
        assertThat(e.path()).isEqualTo("operators[" + repeat + "]");
        assertThat(e.getMessage()).contains("must not repeat " + ops.get(repeat));
      }
    });
  }

  private static Thing withOperators(Thing t, List<Ref<Actor>> operators) {
    List<Ref<? extends Actor>> ops = new ArrayList<>(operators);
    if (t instanceof Vessel v) {
      return ImmutableVessel.copyOf(v).withOperators(ops);
    } else if (t instanceof Aircraft a) {
      return ImmutableAircraft.copyOf(a).withOperators(ops);
    }
    return ImmutableInfrastructure.copyOf((Infrastructure) t).withOperators(ops);
  }
}
