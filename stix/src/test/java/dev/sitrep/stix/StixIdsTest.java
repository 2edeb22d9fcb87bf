package dev.sitrep.stix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.identity.EntityId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StixIdsTest {
  @Test
  void uuid5IsRfc9562s() {
    // RFC 9562, appendix A.4: the DNS namespace and "www.example.com"
    UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    assertThat(StixIds.uuid5(dns, "www.example.com"))
        .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
  }

  @Test
  void theSameSitrepIdIsAlwaysTheSameStixId() {
    String blr = StixIds.of("identity", EntityId.of("state/blr"));
    assertThat(blr).isEqualTo(StixIds.of("identity", EntityId.of("state/blr")))
        .isNotEqualTo(StixIds.of("identity", EntityId.of("state/rus")))
        .startsWith("identity--").matches(".*--[0-9a-f-]{14}5[0-9a-f]{3}-[89ab].*");
    assertThat(StixIds.isStixId(blr)).isTrue();
    assertThat(SitrepExtension.ID).startsWith("extension-definition--");
  }
}
