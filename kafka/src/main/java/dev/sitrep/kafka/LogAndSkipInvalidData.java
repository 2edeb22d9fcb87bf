package dev.sitrep.kafka;

import dev.sitrep.core.InvalidDataException;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka Streams handler of records that fail to deserialize: a record that is not valid sitrep
 * data (its deserializer threw an {@link InvalidDataException}) is logged at WARN with its topic,
 * partition and offset and the path and rule it breaks, and skipped, so one bad record does not
 * stop the stream; Kafka Streams counts it in its {@code dropped-records} metric. Any other
 * failure is not bad data but a fault: it is logged at ERROR and stops the stream, as Kafka's
 * default handler does.
 *
 * <pre>{@code
 * props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndSkipInvalidData.class);
 * // WARN Skipped a record that is not valid sitrep data: topic events, partition 0, offset 41:
 * //      $.when.end: must not be before start (start=2025-09-12, end=2025-09-10) (line 1, column 60)
 * }</pre>
 */
public final class LogAndSkipInvalidData implements DeserializationExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(LogAndSkipInvalidData.class);

  /** The handler, as Kafka Streams makes it from its class name. */
  public LogAndSkipInvalidData() {}

  @Override
  public void configure(Map<String, ?> configs) {
    // nothing to configure
  }

  @Override
  public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
      Exception exception) {
    Optional<InvalidDataException> invalid = invalidData(exception);
    if (invalid.isEmpty()) {
      LOG.error("Failed to deserialize a record: topic {}, partition {}, offset {}",
          record.topic(), record.partition(), record.offset(), exception);
      return Response.fail();
    }
    LOG.warn("Skipped a record that is not valid sitrep data: topic {}, partition {}, offset {}: {}",
        record.topic(), record.partition(), record.offset(), invalid.get().getMessage());
    return Response.resume();
  }

  /** @return the {@link InvalidDataException} among the exception and its causes */
  static Optional<InvalidDataException> invalidData(Throwable exception) {
    for (Throwable e = exception; e != null; e = e.getCause()) {
      if (e instanceof InvalidDataException) {
        return Optional.of((InvalidDataException) e);
      }
    }
    return Optional.empty();
  }
}
