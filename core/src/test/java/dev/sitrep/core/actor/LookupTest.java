package dev.sitrep.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.provenance.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lookups given null fail with the documented exception; URLs' schemes ignore case. */
class LookupTest {
  @Test
  void aNullNameIsInvalidDataNotANullPointer() {
    assertThatThrownBy(() -> StateCatalogue.find(null))
        .isInstanceOf(InvalidDataException.class).hasMessage("state: must not be null");
    assertThatThrownBy(() -> ActorDirectory.of(List.of(StateCatalogue.get("BY"))).find(null))
        .isInstanceOf(InvalidDataException.class).hasMessage("name: must not be null");
    assertThatThrownBy(() -> StateCatalogue.get("BY").isNamed(null))
        .isInstanceOf(InvalidDataException.class).hasMessage("name: must not be null");
  }

  @Test
  void aUrlSchemeIsCaseInsensitive() {
    assertThat(Source.builder().id(EntityId.of("source/x")).kind(SourceKind.ARTICLE)
        .url("HTTPS://www.atlanticcouncil.org/").build().url()).isPresent();
  }
}
