package dev.sitrep.spark;

import dev.sitrep.core.event.Event;
import dev.sitrep.io.BadLine;
import dev.sitrep.io.JsonLinesReader;
import dev.sitrep.io.SitrepJson;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A format of files of events that {@link EventFiles} reads into Spark, each decoded by sitrep's
 * own reader of that format, lazily and line by line. A format is one more constant here.
 *
 * <pre>{@code
 * EventDatasets read = EventFiles.read(spark, EventFormat.SITREP_JSON_LINES, false, "events/");
 * }</pre>
 */
public enum EventFormat {
  /**
   * sitrep JSON Lines, one event a line, read by {@link JsonLinesReader}: blank lines passed over,
   * each bad line reported with its number, every line bounded by the read limits.
   */
  SITREP_JSON_LINES {
    @Override
    DecodedEvents open(InputStream in, boolean lenient) {
      return new JsonLinesEvents(in, lenient ? LENIENT : STRICT);
    }
  };

  private static final SitrepJson STRICT = SitrepJson.defaults();
  private static final SitrepJson LENIENT = SitrepJson.builder().lenient(true).build();

  /**
   * @param in a file's bytes; closed when the result is
   * @param lenient whether to read leniently, as {@code SitrepJson.builder().lenient(true)}
   * @return the file's events and bad lines, decoded as they are asked for
   */
  abstract DecodedEvents open(InputStream in, boolean lenient);

  /** A JSON Lines file's events, holding at most one bad line at a time. */
  private static final class JsonLinesEvents implements DecodedEvents {
    private final List<BadLine> bad = new ArrayList<>(1);
    private final JsonLinesReader<Event> lines;
    private Event event;
    private BadLine badLine;

    JsonLinesEvents(InputStream in, SitrepJson json) {
      this.lines = json.readLines(in, Event.class, bad::add);
    }

    @Override
    public boolean advance() {
      event = null;
      badLine = null;
      if (!lines.advance()) {
        return false;
      }
      if (bad.isEmpty()) {
        event = lines.next();
      } else {
        badLine = bad.remove(0);
      }
      return true;
    }

    @Override
    public Event event() {
      return event;
    }

    @Override
    public BadLine badLine() {
      return badLine;
    }

    @Override
    public void close() {
      lines.close();
    }
  }
}
