package dev.sitrep.io;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.io.codec.Codec;
import dev.sitrep.io.codec.Codecs;
import dev.sitrep.io.codec.WireReader;
import dev.sitrep.io.codec.WireWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module named {@code sitrep}: lets a Jackson {@code JsonMapper} read and write
 * sitrep's types in sitrep's wire format, for applications that already use Jackson databind.
 * It is service-loaded, so {@code JsonMapper.builder().findAndAddModules()} finds it.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new SitrepModule()).build();
 * Source article = mapper.readValue(json, Source.class);
 * }</pre>
 *
 * <p>Bad input fails with Jackson's own exception, whose cause is sitrep's
 * {@link InvalidDataException}. {@link SitrepJson} needs no Jackson knowledge and is strict.
 */
public final class SitrepModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module, with a serializer and a deserializer for every sitrep type. */
  public SitrepModule() {
    super("sitrep", Version.unknownVersion());
    for (Class<?> type : Codecs.types()) {
      register(type);
    }
  }

  @SuppressWarnings("unchecked")
  private <T> void register(Class<T> type) {
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
        try {
          T value = codec.read(new WireReader(p, false));
          if (!type.isInstance(value)) { // a family's codec read another variant
            throw InvalidDataException.inJson("$", "must be " + SitrepJson.describe(type)
                + ", was " + SitrepJson.describe(value.getClass()), 1, 1, null);
          }
          return value;
        } catch (InvalidDataException e) {
          throw tools.jackson.databind.DatabindException.from(p, e.getMessage(), e);
        }
      }
    });
  }
}
