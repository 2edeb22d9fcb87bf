package dev.sitrep.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import dev.sitrep.io.SitrepJson;
import java.io.IOException;

/**
 * Writes any sitrep value into a Jackson 2 generator as {@code SitrepJson} writes it: the bytes
 * {@code SitrepJson} writes are parsed and copied token by token into the mapper's generator.
 *
 * <pre>{@code
 * new ObjectMapper().registerModule(new SitrepJackson2Module())
 *     .writeValueAsString(UncertainCount.atLeast(19));  // {"lower":19,"qualifier":"at-least"}
 * }</pre>
 *
 * <p>Copying tokens, not {@code writeRawValue}, is what keeps the output right wherever the value
 * stands: the generator writes the separators around it in an enclosing object or array, the
 * mapper's pretty printer indents it with the rest of the document, and generators that take no
 * raw text get tokens they can hold: the {@code TokenBuffer} behind {@code valueToTree} and
 * {@code convertValue}, YAML, CBOR, Smile. Numbers are copied as written, and characters beyond
 * the Basic Multilingual Plane written as UTF-8, so with the mapper's default write features a
 * compact JSON generator writes exactly {@code SitrepJson}'s bytes.
 */
final class SitrepSerializer extends JsonSerializer<Object> {
  private static final SitrepJson JSON = SitrepJson.defaults();

  /**
   * Jackson 2 writes a character beyond the Basic Multilingual Plane (an emoji, a rare CJK
   * character) in UTF-8 as an escaped surrogate pair unless this is enabled; SitrepJson writes it as
   * its four bytes of UTF-8. It is enabled while a sitrep value is written, and only then.
   */
  private static final JsonGenerator.Feature COMBINED =
      JsonGenerator.Feature.COMBINE_UNICODE_SURROGATES_IN_UTF8;

  @Override
  public void serialize(Object value, JsonGenerator g, SerializerProvider serializers)
      throws IOException {
    write(value, g, null);
  }

  /**
   * Writes the value with the mapper's own type id around it, where {@code @JsonTypeInfo} or
   * default typing asks for one: as a property of an object value (its first), else as the
   * mapper's type serializer wraps a value of its kind. The id names the value's sitrep type, such
   * as {@code UncertainCount} or {@code AirspaceIncident}, not its implementation class, so that
   * {@code @JsonSubTypes} may list sitrep's types and a reader finds their deserializers.
   */
  @Override
  public void serializeWithType(Object value, JsonGenerator g, SerializerProvider serializers,
      TypeSerializer typeSer) throws IOException {
    write(value, g, typeSer);
  }

  /** The most specific of sitrep's types that a class implements: AirspaceIncident, not Event. */
  private static final ClassValue<Class<?>> PUBLIC_TYPE = new ClassValue<>() {
    @Override
    protected Class<?> computeValue(Class<?> type) {
      Class<?> best = type;
      for (Class<?> t : SitrepJson.types()) {
        if (t.isAssignableFrom(type) && (best == type || best.isAssignableFrom(t))) {
          best = t;
        }
      }
      return best;
    }
  };

  private static void write(Object value, JsonGenerator g, TypeSerializer typeSer)
      throws IOException {
    boolean combined = g.isEnabled(COMBINED);
    g.enable(COMBINED);
    try (JsonParser p = TokenCopy.FACTORY.createParser(JSON.writeBytes(value))) {
      JsonToken first = p.nextToken();
      if (typeSer == null) {
        TokenCopy.value(p, g, value.getClass());
        return;
      }
      WritableTypeId id = typeSer.typeId(value, first);
      // given no value, Jackson's resolvers name the class given; given one, its own class
      id.id = typeSer.getTypeIdResolver().idFromValueAndType(null,
          PUBLIC_TYPE.get(value.getClass()));
      typeSer.writeTypePrefix(g, id);
      if (first == JsonToken.START_OBJECT) { // the prefix has started the object
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          g.writeFieldName(p.currentName());
          p.nextToken();
          TokenCopy.value(p, g, value.getClass());
        }
      } else {
        TokenCopy.value(p, g, value.getClass());
      }
      typeSer.writeTypeSuffix(g, id);
    } finally {
      if (!combined) {
        g.disable(COMBINED);
      }
    }
  }
}
