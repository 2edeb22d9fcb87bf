package dev.sitrep.stix;

import dev.sitrep.core.identity.EntityId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * STIX identifiers made from sitrep ids, the same every time: a name-based UUID version 5 (SHA-1,
 * RFC 9562) of the sitrep id under sitrep's fixed namespace {@link #NAMESPACE}, so that exporting
 * a dossier again updates its STIX objects instead of duplicating them.
 *
 * <pre>{@code
 * StixIds.of("identity", EntityId.of("state/blr"));   // identity--<the same UUID every time>
 * StixIds.uuid5(StixIds.NAMESPACE, "state/blr");      // that UUID, version 5
 * }</pre>
 */
public final class StixIds {
  /** sitrep's namespace for its UUIDs, fixed for good: changing it would change every STIX id. */
  public static final UUID NAMESPACE = UUID.fromString("5e7c0a1d-2b6f-4c3e-9a58-7d1f0e4b6c21");

  private static final Pattern STIX_ID = Pattern.compile(
      "[a-z][a-z0-9-]+[a-z0-9]--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB]"
          + "[0-9a-fA-F]{3}-[0-9a-fA-F]{12}");

  private StixIds() {}

  /**
   * @param stixType a STIX type, such as {@code identity} or {@code relationship}
   * @param id a sitrep id
   * @return {@code <stixType>--<UUIDv5 of the id>}
   */
  public static String of(String stixType, EntityId id) {
    return of(stixType, id.value());
  }

  /**
   * @param stixType a STIX type
   * @param name any name: a sitrep id, or a sitrep id with a suffix for an object derived from it
   *     ({@code state/blr#location})
   * @return {@code <stixType>--<UUIDv5 of the name>}
   */
  static String of(String stixType, String name) {
    return stixType + "--" + uuid5(NAMESPACE, name);
  }

  /**
   * A name-based UUID, version 5 (RFC 9562, section 5.5): the SHA-1 of the namespace's 16 bytes and
   * the name's UTF-8 bytes, with the version and variant bits set.
   *
   * @param namespace the namespace
   * @param name the name
   * @return the UUID
   */
  public static UUID uuid5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
    byte[] ns = new byte[16];
    long msb = namespace.getMostSignificantBits();
    long lsb = namespace.getLeastSignificantBits();
    for (int i = 0; i < 8; i++) {
      ns[i] = (byte) (msb >>> (56 - 8 * i));
      ns[8 + i] = (byte) (lsb >>> (56 - 8 * i));
    }
    sha1.update(ns);
    byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    h[6] = (byte) ((h[6] & 0x0f) | 0x50);
    h[8] = (byte) ((h[8] & 0x3f) | 0x80);
    long hi = 0;
    long lo = 0;
    for (int i = 0; i < 8; i++) {
      hi = (hi << 8) | (h[i] & 0xff);
      lo = (lo << 8) | (h[8 + i] & 0xff);
    }
    return new UUID(hi, lo);
  }

  /** @return whether {@code id} is a STIX identifier: a type, {@code --} and a UUID */
  static boolean isStixId(String id) {
    return STIX_ID.matcher(id).matches();
  }

  /** @return the type part of a STIX identifier: {@code identity} of {@code identity--…} */
  static String typeOf(String stixId) {
    return stixId.substring(0, stixId.indexOf("--"));
  }

  /**
   * @return the sitrep id of an object another tool made: {@code identity/<uuid>} for
   *     {@code identity--<uuid>}, in lowercase
   */
  static EntityId entityIdOf(String stixId) {
    return EntityId.of(stixId.toLowerCase(Locale.ROOT).replace("--", "/"));
  }
}
