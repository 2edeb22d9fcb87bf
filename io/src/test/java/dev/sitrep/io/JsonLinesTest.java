package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.identity.EntityId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
  private static final SitrepJson JSON = SitrepJson.defaults();

  private static InputStream lines(String... lines) {
    return new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writesOneCompactValueALineAndReadsThemBack() {
    List<Actor> states = List.of(StateCatalogue.get("BY"), StateCatalogue.get("PL"),
        StateCatalogue.get("LT"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonLinesWriter out = SitrepJson.builder().pretty(true).build().writeLines(bytes)) {
      states.forEach(out::write);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text.split("\n")).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("{\"type\":\"state\""));
    try (JsonLinesReader<Actor> in = JSON.readLines(new ByteArrayInputStream(bytes.toByteArray()),
        Actor.class, null)) {
      assertThat(in.stream().collect(Collectors.toList())).isEqualTo(states);
      assertThat(in.goodLines()).isEqualTo(3);
    }
  }

  @Test
  void strictReadingStopsAtTheFirstBadLineWithItsNumber() {
    String good = JSON.write(StateCatalogue.get("BY"));
    JsonLinesReader<Actor> in = JSON.readLines(lines(good, "", good, "{\"type\":\"state\"", good),
        Actor.class, null);
    assertThat(in.next()).isEqualTo(StateCatalogue.get("BY"));
    assertThat(in.next()).isEqualTo(StateCatalogue.get("BY"));
    assertThatThrownBy(in::next).isInstanceOf(InvalidDataException.class)
        .satisfies(e -> assertThat(((InvalidDataException) e).line()).hasValue(4));
  }

  @Test
  void tolerantReadingDeliversEveryGoodLineAndReportsEveryBadOne() {
    String by = JSON.write(StateCatalogue.get("BY"));
    String pl = JSON.write(StateCatalogue.get("PL"));
    List<BadLine> bad = new ArrayList<>();
    List<Actor> read;
    JsonLinesReader<Actor> in = JSON.readLines(
        lines(by, "not json", pl, "{\"type\":\"state\",\"id\":\"state/xx\"}", "", by),
        Actor.class, bad::add);
    read = in.stream().collect(Collectors.toList());
    assertThat(read).containsExactly(StateCatalogue.get("BY"), StateCatalogue.get("PL"),
        StateCatalogue.get("BY"));
    assertThat(bad).extracting(BadLine::lineNumber).containsExactly(2L, 4L);
    assertThat(bad.get(1).error().rule()).contains("required");
    assertThat(in.goodLines()).isEqualTo(3);
    assertThat(in.badLines()).isEqualTo(2);
  }

  @Test
  void advanceStopsAtEachValueAndEachBadLineInInputOrder() {
    String by = JSON.write(StateCatalogue.get("BY"));
    List<BadLine> bad = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    try (JsonLinesReader<Actor> in = JSON.readLines(
        lines("not json", "", "[1]", "{", by, "{", by), Actor.class, bad::add)) {
      while (in.advance()) {
        assertThat(bad).hasSizeLessThanOrEqualTo(1);
        seen.add(bad.isEmpty() ? "value " + in.next().id() : "bad " + bad.remove(0).lineNumber());
      }
      assertThat(in.advance()).isFalse();
      assertThat(in.hasNext()).isFalse();
      assertThat(in.goodLines()).isEqualTo(2);
      assertThat(in.badLines()).isEqualTo(4);
    }
    assertThat(seen).containsExactly("bad 1", "bad 3", "bad 4", "value state/blr", "bad 6",
        "value state/blr");
  }

  @Test
  void aLeadingByteOrderMarkIsSkippedAndCrLfIsAccepted() {
    String by = JSON.write(StateCatalogue.get("BY"));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] rest = (by + "\r\n" + by + "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + rest.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(rest, 0, all, 3, rest.length);
    assertThat(JSON.readLines(new ByteArrayInputStream(all), Actor.class, null).stream())
        .hasSize(2);
    byte[] twice = new byte[all.length * 2];
    System.arraycopy(all, 0, twice, 0, all.length);
    System.arraycopy(all, 0, twice, all.length, all.length);
    List<BadLine> bad = new ArrayList<>();
    assertThat(JSON.readLines(new ByteArrayInputStream(twice), Actor.class, bad::add).stream())
        .hasSize(3);
    assertThat(bad).extracting(BadLine::lineNumber).containsExactly(3L);
    assertThat(JSON.read("\uFEFF" + by, Actor.class)).isEqualTo(StateCatalogue.get("BY"));
  }

  @Test
  void aByteOrderMarkBeforeABlankFirstLineIsSkippedWithIt() {
    byte[] input = ("\uFEFF \r\n" + JSON.write(StateCatalogue.get("BY")) + "\n")
        .getBytes(StandardCharsets.UTF_8);
    List<BadLine> bad = new ArrayList<>();
    assertThat(JSON.readLines(new ByteArrayInputStream(input), Actor.class, bad::add).stream())
        .containsExactly(StateCatalogue.get("BY"));
    assertThat(bad).isEmpty();
    assertThat(JSON.readLines(new ByteArrayInputStream("\uFEFF".getBytes(StandardCharsets.UTF_8)),
        Actor.class, null).hasNext()).isFalse();
  }

  @Test
  void aLineBeyondTheDocumentLimitIsABadLine() {
    SitrepJson small = SitrepJson.builder().limits(new ReadLimits(64, 1000, 100, 50)).build();
    List<BadLine> bad = new ArrayList<>();
    String belarus = JSON.write(StateCatalogue.get("BY"));  // a valid line of over 50 bytes
    assertThat(small.readLines(lines("\"" + "x".repeat(10_000) + "\"", belarus, "[]"),
        Actor.class, bad::add).stream()).isEmpty();
    assertThat(bad).extracting(BadLine::lineNumber).containsExactly(1L, 2L, 3L);
    assertThat(bad.get(0).error().rule()).isEqualTo("must be at most 50 bytes long");
    assertThat(bad.get(1).error().rule()).isEqualTo("must be at most 50 bytes long");
    assertThat(bad.get(2).error().rule()).isEqualTo("must be an object, found an array");
  }

  @Test
  void linesLongerThanTheBufferAreReadWholeHoweverTheInputArrives() {
    Actor longName = Person.builder().id(EntityId.of("person/long")).name("n".repeat(150_000))
        .build();
    Actor belarus = StateCatalogue.get("BY");
    String all = String.join("\n", JSON.write(belarus), JSON.write(longName), JSON.write(belarus),
        JSON.write(longName)) + "\n";
    InputStream trickle = new FilterInputStream(
        new ByteArrayInputStream(all.getBytes(StandardCharsets.UTF_8))) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 7));
      }
    };
    assertThat(JSON.readLines(trickle, Actor.class, null).stream())
        .containsExactly(belarus, longName, belarus, longName);
    SitrepJson limited = SitrepJson.builder()
        .limits(new ReadLimits(64, 1_000_000, 100, 100_000)).build();
    List<BadLine> bad = new ArrayList<>();
    assertThat(limited.readLines(new ByteArrayInputStream(all.getBytes(StandardCharsets.UTF_8)),
        Actor.class, bad::add).stream()).containsExactly(belarus, belarus);
    assertThat(bad).extracting(BadLine::lineNumber).containsExactly(2L, 4L);
  }
}
