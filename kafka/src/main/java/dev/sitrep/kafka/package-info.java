/**
 * sitrep in Kafka: {@link dev.sitrep.kafka.SitrepSerdes} for every top-level type, writing the
 * bytes {@code SitrepJson} writes, and {@link dev.sitrep.kafka.LogAndSkipInvalidData}, a Kafka
 * Streams handler that logs and skips records that are not valid sitrep data.
 *
 * <pre>{@code
 * props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
 *     LogAndSkipInvalidData.class);
 * builder.stream("events", Consumed.with(Serdes.String(), SitrepSerdes.event()))
 *     .filter((key, event) -> event instanceof AirspaceIncident)
 *     .to("incidents", Produced.with(Serdes.String(), SitrepSerdes.event()));
 * }</pre>
 */
package dev.sitrep.kafka;
