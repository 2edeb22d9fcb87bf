/**
 * sitrep in Kafka: {@link dev.sitrep.kafka.SitrepSerdes} for every top-level type, writing the
 * bytes {@code SitrepJson} writes, and {@link dev.sitrep.kafka.LogAndSkipInvalidData}, a Kafka
 * Streams handler that logs and skips records that are not valid sitrep data.
 */
package dev.sitrep.kafka;
