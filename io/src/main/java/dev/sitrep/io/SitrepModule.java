package dev.sitrep.io;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.io.codec.Codec;
import dev.sitrep.io.codec.Codecs;
import dev.sitrep.io.codec.WireReader;
import dev.sitrep.io.codec.WireWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module named {@code sitrep}: lets a Jackson {@code JsonMapper} read and write
 * sitrep's types in sitrep's wire format, for applications that already use Jackson databind.
 * On the class path it is service-loaded, so {@code JsonMapper.builder().findAndAddModules()} finds
 * it; on the module path, add it by name. Jackson databind is an optional dependency of sitrep-io:
 * an application that uses this module brings databind itself.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new SitrepModule()).build();
 * Source article = mapper.readValue(json, Source.class);
 * }</pre>
 *
 * <p>What a databind user gets, exactly:
 *
 * <ul>
 *   <li>Bad input within a sitrep value, malformed JSON there included, fails with Jackson's
 *       {@code DatabindException}, whose cause is sitrep's {@link InvalidDataException} with the
 *       path, line and column. Malformed JSON before the value starts is the mapper's to find,
 *       and fails with its own {@code StreamReadException}.
 *   <li>Each sitrep value is held to the module's {@link ReadLimits} (the defaults, or those given
 *       to {@link #SitrepModule(ReadLimits)}): nesting, string, number and value length, counted
 *       from the value's first token. The mapper's own stream constraints apply as well, first.
 *   <li>{@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} decides: enabled, reading is
 *       strict, as {@link SitrepJson} is; disabled, which is Jackson 3's default, unknown
 *       properties and elements of unknown {@code type} are skipped as {@code SitrepJson}'s lenient
 *       mode does, with no report. Enable it on the mapper for strict reading.
 * </ul>
 */
public final class SitrepModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final Version VERSION =
      VersionUtil.parseVersion(SitrepJson.version(), "dev.sitrep", "sitrep-io");

  /** The module, with a serializer and a deserializer for every sitrep type, and default limits. */
  public SitrepModule() {
    this(ReadLimits.DEFAULTS);
  }

  /**
   * The module, reading each sitrep value within {@code limits}.
   *
   * @param limits the limits on each value read
   */
  public SitrepModule(ReadLimits limits) {
    super("sitrep", VERSION);
    java.util.Objects.requireNonNull(limits, "limits");
    for (Class<?> type : Codecs.types()) {
      register(type, limits);
    }
  }

  @SuppressWarnings("unchecked")
  private <T> void register(Class<T> type, ReadLimits limits) {
    Codec<T> codec = (Codec<T>) Codecs.forType(type).orElseThrow();
    addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext ctx) {
        codec.write(new WireWriter(g), value);
      }
    });
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctx) {
        boolean lenient = !ctx.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
          T value = codec.read(new WireReader(new LimitedParser(p, limits), lenient,
              limits.maxNumberLength()));
          if (!type.isInstance(value)) { // a family's codec read another variant
            throw InvalidDataException.inJson("$", "must be " + SitrepJson.describe(type)
                + ", was " + SitrepJson.describe(value.getClass()), 1, 1, null);
          }
          return value;
        } catch (InvalidDataException e) {
          throw DatabindException.from(p, e.getMessage(), e);
        } catch (DatabindException | JacksonIOException e) { // the input failed: as databind
          throw e;
        } catch (JacksonException e) { // malformed JSON, or the mapper's own limits
          InvalidDataException invalid = SitrepJson.translate(e, p);
          throw DatabindException.from(p, invalid.getMessage(), invalid);
        }
      }
    });
  }
}
