package dev.sitrep.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.sitrep.core.InvalidDataException;
import dev.sitrep.io.ReadLimits;
import dev.sitrep.io.SitrepJson;
import java.util.Objects;

/**
 * The Jackson 2 module named {@code sitrep}: lets a Jackson 2 ({@code com.fasterxml.jackson})
 * {@code ObjectMapper} read and write every sitrep type in sitrep's wire format, with the bytes
 * sitrep-io's {@link SitrepJson} writes, for frameworks still on Jackson 2 (Spring Boot 3,
 * Quarkus, Kafka Connect). It is service-loaded, so {@code ObjectMapper.findAndRegisterModules()}
 * finds it.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new SitrepJackson2Module());
 * String json = mapper.writeValueAsString(incident);  // SitrepJson.defaults().write(incident)
 * AirspaceIncident back = mapper.readValue(json, AirspaceIncident.class);
 * }</pre>
 *
 * <p>What a Jackson 2 user gets, exactly:
 *
 * <ul>
 *   <li>Values are written through {@code SitrepJson} and copied into the mapper's generator token
 *       by token, so they stand right in any enclosing document, with the mapper's pretty printer.
 *   <li>Each sitrep value read is copied as JSON text, numbers as written ({@code 19.0} stays
 *       {@code 19.0}, long decimals are not rounded), and read by {@code SitrepJson} within the
 *       module's {@link ReadLimits}, counted from the value's first token (a value longer than
 *       the document limit is refused as it is copied, not once held); the mapper's own stream
 *       constraints apply as well, first.
 *   <li>A value that breaks a rule of sitrep's fails with Jackson 2's {@code
 *       MismatchedInputException}, whose message is sitrep's path and rule (such as {@code
 *       $.lower: must not be negative, was -1}, the path from the sitrep value, which the
 *       exception's location and reference chain place in the document) and whose cause is
 *       sitrep's {@link InvalidDataException}. Malformed JSON is the mapper's to find, and fails
 *       with its own {@code JsonParseException}.
 *   <li>{@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} decides: enabled, which is
 *       Jackson 2's default, reading is strict, as {@code SitrepJson} is; disabled (as Spring Boot
 *       does), unknown properties are skipped and elements of unknown {@code type} kept as they
 *       are, as {@code SitrepJson}'s lenient mode does, with no report.
 *   <li>Where the mapper asks for type ids of its own ({@code @JsonTypeInfo}, default typing, as
 *       Spring's {@code GenericJackson2JsonRedisSerializer} does), they are written around sitrep
 *       values as around any other: as the first property of an object, or in the mapper's
 *       wrapper; the id names the value's sitrep type ({@code UncertainCount}, not the class that
 *       implements it), so that {@code @JsonSubTypes} may list sitrep's types. sitrep's own
 *       {@code type} property names the type of a family's value as ever.
 * </ul>
 *
 * <p>The module needs jackson-databind 2.18 or newer at run time and does not bring it (the
 * dependency is {@code provided}): the framework's own Jackson 2 is used, and sitrep never changes
 * which one that is. sitrep-jackson2 is built and tested with 2.23.
 */
public final class SitrepJackson2Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private static final Version VERSION =
      VersionUtil.parseVersion(SitrepJson.version(), "dev.sitrep", "sitrep-jackson2");

  private final transient SitrepJson strict;
  private final transient SitrepJson lenient;

  /** The module, reading each sitrep value within the default limits. */
  public SitrepJackson2Module() {
    this(ReadLimits.DEFAULTS);
  }

  /**
   * The module, reading each sitrep value within {@code limits}.
   *
   * @param limits the limits on each value read
   */
  public SitrepJackson2Module(ReadLimits limits) {
    super("sitrep", VERSION);
    Objects.requireNonNull(limits, "limits");
    strict = SitrepJson.builder().limits(limits).build();
    lenient = SitrepJson.builder().limits(limits).lenient(true).build();
    SitrepSerializer serializer = new SitrepSerializer();
    for (Class<?> type : SitrepJson.types()) {
      addSerializer(type, serializer);
      addDeserializer(type);
    }
  }

  private <T> void addDeserializer(Class<T> type) {
    addDeserializer(type, new SitrepDeserializer<>(type, strict, lenient));
  }

}
