package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.testing.Generators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Reading JSON Lines on worker threads delivers exactly what reading on the calling thread does,
 * for inputs of good, bad, blank, long and too-long lines, however the input arrives: the same
 * values and bad lines, in the same order, with the same counts at every step.
 */
class ParallelLinesPropertiesTest {
  private static final String BOM = "\uFEFF";
  private static final List<String> NOT_JSON = List.of("not json", "{", "[1,", "{\"type\":",
      "}", "\"unterminated", "nul", "{\"type\":\"meeting\"}}");
  private static final List<String> WRONG_TYPE = List.of("[]", "[{}]", "\"meeting\"", "42",
      "null", "true", "{}");

  /**
   * What a line is meant to be: read as a value, a value only if it starts the input (after a
   * byte-order mark), a bad line, or passed over.
   */
  enum Kind { VALUE, FIRST_VALUE, BAD, BLANK }

  /** A line of the input; {@code value} is the event it holds if it is meant to be read. */
  record Line(Kind kind, String text, Event value, boolean crlf) {
    @Override
    public String toString() {
      String shown = text.length() > 80 ? text.substring(0, 80) + "… " + text.length() : text;
      return kind + " " + shown.replace(BOM, "<BOM>") + (crlf ? " CRLF" : "");
    }
  }

  /** An input, the limit it is read with, and how it arrives. */
  record Case(List<Line> lines, boolean bom, boolean lastNewline, int maxLineLength,
      int maxRead, long seed, int threads) {}

  @Test
  void workerThreadsDeliverWhatTheCallingThreadDoesWithAHandler() {
    qt().withExamples(150).withShrinkCycles(20).forAll(cases()).checkAssert(c -> {
      List<Step> sequential = read(c, 1, true);
      assertThat(sequential).map(ParallelLinesPropertiesTest::whyIfTooLong)
          .isEqualTo(expected(c));
      assertThat(read(c, c.threads(), true)).isEqualTo(sequential);
    });
  }

  @Test
  void workerThreadsThrowWhatTheCallingThreadThrowsInStrictMode() {
    qt().withExamples(150).withShrinkCycles(20).forAll(cases()).checkAssert(c -> {
      List<Step> sequential = read(c, 1, false);
      assertThat(sequential).filteredOn(s -> s.what().equals("thrown"))
          .extracting(Step::detail)
          .isEqualTo(expected(c).stream().filter(s -> s.what().equals("bad"))
              .map(Step::detail).toList());
      assertThat(read(c, c.threads(), false)).isEqualTo(sequential);
    });
  }

  /**
   * One thing the consumer saw, and the counts it could see then.
   *
   * @param what {@code value}, {@code bad} (given to the handler) or {@code thrown}
   * @param detail the value, or the bad line's number
   * @param why the error's line, column, path and rule
   */
  record Step(String what, Object detail, String why, long goodLines, long badLines) {}

  /**
   * Reads the whole input, going on after each exception in strict mode, as the sequential reader
   * allows.
   *
   * @param threads 1 for the three-argument method, that reads on the calling thread
   */
  private static List<Step> read(Case c, int threads, boolean lenient) {
    SitrepJson json = SitrepJson.builder()
        .limits(new ReadLimits(64, 1_000_000, 100, c.maxLineLength())).build();
    InputStream in = arriving(bytes(c), threads == 1 ? c.seed() : ~c.seed(), c.maxRead());
    List<Step> steps = new ArrayList<>();
    AtomicReference<JsonLinesReader<Event>> reader = new AtomicReference<>();
    Consumer<BadLine> handler = bad -> steps.add(new Step("bad", bad.lineNumber(),
        why(bad.error()), reader.get().goodLines(), reader.get().badLines()));
    Consumer<BadLine> onBadLine = lenient ? handler : null;
    reader.set(threads == 1 ? json.readLines(in, Event.class, onBadLine)
        : json.readLines(in, Event.class, onBadLine, threads));
    try (JsonLinesReader<Event> lines = reader.get()) {
      while (true) {
        try {
          if (!lines.hasNext()) {
            break;
          }
          steps.add(new Step("value", lines.next(), null, lines.goodLines(),
              lines.badLines()));
        } catch (InvalidDataException e) {
          steps.add(new Step("thrown", e.line().orElse(-1), why(e), lines.goodLines(),
              lines.badLines()));
        }
      }
    }
    return steps;
  }

  /**
   * @return what the lenient reader must deliver, worked out from what each line was made to be:
   *     a line longer than the limit (counting its {@code \r} and a leading byte-order mark) is
   *     bad whatever it holds; why another line is bad is the reader's to say, so not given
   */
  private static List<Step> expected(Case c) {
    List<Step> steps = new ArrayList<>();
    long good = 0;
    long bad = 0;
    for (int i = 0; i < c.lines().size(); i++) {
      Line line = c.lines().get(i);
      long number = i + 1;
      long length = line.text().getBytes(StandardCharsets.UTF_8).length
          + (line.crlf() ? 1 : 0) + (i == 0 && c.bom() ? 3 : 0);
      boolean value = line.kind() == Kind.VALUE
          || line.kind() == Kind.FIRST_VALUE && i == 0 && !c.bom();
      if (length > c.maxLineLength()) {
        steps.add(new Step("bad", number, why(InvalidDataException.inJson("$",
            "must be at most " + c.maxLineLength() + " bytes long", number, 1, null)), good,
            ++bad));
      } else if (value) {
        steps.add(new Step("value", line.value(), null, ++good, bad));
      } else if (line.kind() != Kind.BLANK) {
        steps.add(new Step("bad", number, null, good, ++bad));
      }
    }
    return steps;
  }

  /** @return the step, saying why only if the line is too long */
  private static Step whyIfTooLong(Step step) {
    boolean tooLong = step.why() != null && step.why().endsWith(" bytes long");
    return tooLong ? step
        : new Step(step.what(), step.detail(), null, step.goodLines(), step.badLines());
  }

  private static String why(InvalidDataException e) {
    return e.line() + " " + e.column() + " " + e.path() + " " + e.rule();
  }

  private static byte[] bytes(Case c) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (c.bom()) {
      out.writeBytes(BOM.getBytes(StandardCharsets.UTF_8));
    }
    for (int i = 0; i < c.lines().size(); i++) {
      Line line = c.lines().get(i);
      out.writeBytes(line.text().getBytes(StandardCharsets.UTF_8));
      if (line.crlf()) {
        out.write('\r');
      }
      if (i < c.lines().size() - 1 || c.lastNewline()) {
        out.write('\n');
      }
    }
    return out.toByteArray();
  }

  /** @return the bytes, in reads of random sizes from 1 to {@code maxRead} */
  static InputStream arriving(byte[] bytes, long seed, int maxRead) {
    Random random = new Random(seed);
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(maxRead)));
      }
    };
  }

  private static Gen<Case> cases() {
    return in -> {
      boolean small = booleans().all().generate(in);
      int maxLineLength = small ? integers().between(200, 3_000).generate(in)
          : integers().between(60_000, 100_000).generate(in);
      return new Case(lists().of(lines(maxLineLength)).ofSizeBetween(0, 40).generate(in),
          booleans().all().generate(in), booleans().all().generate(in), maxLineLength,
          integers().between(1, 70_000).generate(in), longs().all().generate(in),
          integers().between(1, 4).generate(in));
    };
  }

  /** @return lines of every kind, some around {@code maxLineLength} long */
  private static Gen<Line> lines(int maxLineLength) {
    Gen<Event> events = Generators.events();
    return in -> {
      boolean crlf = booleans().all().generate(in);
      Event event = events.generate(in);
      String json = SitrepJson.defaults().write(event);
      switch (integers().between(0, 9).generate(in)) {
        case 0:
        case 1:
        case 2:
          return new Line(Kind.VALUE, json, event, crlf);
        case 3: // padded with spaces to around the limit: longer than the buffer, or too long
          String padding = " ".repeat(integers().between(0, maxLineLength + 2_000).generate(in));
          return new Line(Kind.VALUE, padding + json, event, crlf);
        case 4:
          return new Line(Kind.FIRST_VALUE, BOM + json, event, crlf);
        case 5:
          return new Line(Kind.BAD, pick(NOT_JSON, in), null, crlf);
        case 6: // cut short
          int cut = integers().between(1, json.length() - 1).generate(in);
          return new Line(Kind.BAD, json.substring(0, cut), null, crlf);
        case 7:
          return new Line(Kind.BAD, booleans().all().generate(in) ? pick(WRONG_TYPE, in)
              : SitrepJson.defaults().write(Generators.actors().generate(in)), null, crlf);
        case 8: // an invalid id, or an unknown property before the type
          return new Line(Kind.BAD, booleans().all().generate(in)
              ? json.replaceFirst("\"id\":\"", "\"id\":\"Not A Slug ")
              : "{\"zzz\":1," + json.substring(1), null, crlf);
        default:
          return new Line(Kind.BLANK, pick(List.of("", " ", "\t", " \t "), in), null, crlf);
      }
    };
  }

  private static String pick(List<String> texts, org.quicktheories.core.RandomnessSource in) {
    return texts.get(integers().between(0, texts.size() - 1).generate(in));
  }
}
