package dev.sitrep.kafka;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.io.SitrepJson;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde of one sitrep type: the serializer writes exactly the bytes
 * {@link SitrepJson#writeBytes(Object)} writes, and the deserializer reads them with
 * {@link SitrepJson}, strictly unless configured otherwise. It is its own serializer and
 * deserializer, and is thread-safe.
 *
 * <pre>{@code
 * Serde<AirspaceIncident> incidents = SitrepSerde.of(AirspaceIncident.class);
 * Serde<Event> events = SitrepSerdes.event();      // or, by class name: SitrepSerdes.EventSerde
 * events.configure(Map.of(SitrepSerde.LENIENT_CONFIG, "true"), false);
 * }</pre>
 *
 * <p>A record that is not a valid value of the type fails to deserialize with sitrep's
 * {@link InvalidDataException}, whose path and rule say what is wrong; in Kafka Streams,
 * {@link LogAndSkipInvalidData} logs such a record and goes on. A {@code null} record (a
 * tombstone) is {@code null} both ways.
 *
 * @param <T> the sitrep type of the records
 */
public class SitrepSerde<T> implements Serde<T>, Serializer<T>, Deserializer<T> {
  /**
   * Whether to read leniently, as {@code SitrepJson.builder().lenient(true)} does: unknown
   * properties skipped and values of unknown {@code type} kept. {@code "true"} or {@code "false"}
   * (the default), or a {@link Boolean}; the same for keys and values.
   */
  public static final String LENIENT_CONFIG = "sitrep.lenient";

  private static final SitrepJson STRICT = SitrepJson.defaults();
  private static final SitrepJson LENIENT = SitrepJson.builder().lenient(true).build();

  private final Class<T> type;
  private volatile SitrepJson json = STRICT;

  /**
   * @param type the sitrep type of the records, such as {@code Event.class}: one that
   *     {@link SitrepJson} reads and writes, or the serde fails at the first record with an
   *     {@link IllegalArgumentException}
   */
  protected SitrepSerde(Class<T> type) {
    this.type = Objects.requireNonNull(type, "type");
  }

  /**
   * @param type the sitrep type of the records, such as {@code AirspaceIncident.class}
   * @param <T> the type
   * @return a strict serde of that type
   */
  public static <T> SitrepSerde<T> of(Class<T> type) {
    return new SitrepSerde<>(type);
  }

  /** @return the sitrep type of the records */
  public Class<T> type() {
    return type;
  }

  /**
   * Reads {@value #LENIENT_CONFIG} from the properties.
   *
   * @throws ConfigException if it is neither {@code true} nor {@code false}
   */
  @Override
  public void configure(Map<String, ?> configs, boolean isKey) {
    Object lenient = configs.get(LENIENT_CONFIG);
    if (lenient == null) {
      return;
    }
    String value = lenient.toString().trim();
    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
      throw new ConfigException(LENIENT_CONFIG, lenient, "must be true or false");
    }
    json = Boolean.parseBoolean(value) ? LENIENT : STRICT;
  }

  /** @return whether records are read leniently */
  public boolean lenient() {
    return json == LENIENT;
  }

  /**
   * @return the value as {@code SitrepJson} writes it, or {@code null} for a tombstone
   * @throws SerializationException if the value is not of this serde's type, as through a default
   *     serde of another type: written, it would be a record every reader of the topic refuses
   */
  @Override
  public byte[] serialize(String topic, T value) {
    if (value == null) {
      return null;
    }
    if (!type.isInstance(value)) {
      throw new SerializationException("the serde of " + type.getSimpleName() + " was given "
          + value.getClass().getName() + (topic == null ? "" : ", for topic " + topic));
    }
    return json.writeBytes(value);
  }

  /**
   * @return the value, or {@code null} for a {@code null} record
   * @throws InvalidDataException if the bytes are not a valid value of the type
   */
  @Override
  public T deserialize(String topic, byte[] bytes) {
    return bytes == null ? null : json.read(bytes, type);
  }

  @Override
  public Serializer<T> serializer() {
    return this;
  }

  @Override
  public Deserializer<T> deserializer() {
    return this;
  }

  @Override
  public void close() {
    // nothing held
  }
}
