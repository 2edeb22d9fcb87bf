package dev.sitrep.spark;

import dev.sitrep.core.event.Event;
import dev.sitrep.datasets.Dataset;
import dev.sitrep.datasets.DatasetReader;
import dev.sitrep.io.BadLine;
import dev.sitrep.io.JsonLinesReader;
import dev.sitrep.io.SitrepJson;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A format of files of events that {@link EventFiles} reads into Spark, each decoded by sitrep's
 * own reader of that format, lazily and a line or row at a time. A format is one more constant
 * here.
 *
 * <pre>{@code
 * EventDatasets read = EventFiles.read(spark, EventFormat.ACLED, false, "acled/");
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
      return new OneAtATime(onBadLine -> {
        JsonLinesReader<Event> lines =
            (lenient ? LENIENT : STRICT).readLines(in, Event.class, onBadLine);
        return new Steps(lines::advance, lines::next, lines::close);
      });
    }
  },
  /** PLOVER JSON Lines, read by {@link Dataset#PLOVER}; a bad row's line is its line. */
  PLOVER {
    @Override
    DecodedEvents open(InputStream in, boolean lenient) {
      return rows(Dataset.PLOVER, in);
    }
  },
  /** ACLED's CSV export, read by {@link Dataset#ACLED}; a bad row's line is where it begins. */
  ACLED {
    @Override
    DecodedEvents open(InputStream in, boolean lenient) {
      return rows(Dataset.ACLED, in);
    }
  },
  /** UCDP GED as CSV, read by {@link Dataset#UCDP_GED}; a bad row's line is where it begins. */
  UCDP_GED {
    @Override
    DecodedEvents open(InputStream in, boolean lenient) {
      return rows(Dataset.UCDP_GED, in);
    }
  };

  private static final SitrepJson STRICT = SitrepJson.defaults();
  private static final SitrepJson LENIENT = SitrepJson.builder().lenient(true).build();

  /**
   * @param in a file's bytes; closed when the result is
   * @param lenient whether to read sitrep JSON leniently, as
   *     {@code SitrepJson.builder().lenient(true)}; the datasets have no strict and lenient modes
   * @return the file's events and bad lines, decoded as they are asked for
   */
  abstract DecodedEvents open(InputStream in, boolean lenient);

  /** A dataset's rows as events; what the rows hold that an event cannot is in extensions. */
  private static DecodedEvents rows(Dataset dataset, InputStream in) {
    return new OneAtATime(onBadRow -> {
      DatasetReader rows = dataset.reader(in, onBadRow);
      return new Steps(rows::advance, () -> rows.next().event(), rows::close);
    });
  }

  /** A reader's steps: to the next value or bad line, the value, and the end. */
  private record Steps(BooleanSupplier advance, Supplier<Event> next, Runnable close) {}

  /** A file's events, holding at most one bad line at a time. */
  private static final class OneAtATime implements DecodedEvents {
    private final List<BadLine> bad = new ArrayList<>(1);
    private final Steps steps;
    private Event event;
    private BadLine badLine;

    /** @param open opens the reader, given where its bad lines go */
    OneAtATime(Function<Consumer<BadLine>, Steps> open) {
      this.steps = open.apply(bad::add);
    }

    @Override
    public boolean advance() {
      event = null;
      badLine = null;
      if (!steps.advance().getAsBoolean()) {
        return false;
      }
      if (bad.isEmpty()) {
        event = steps.next().get();
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
      steps.close().run();
    }
  }
}
