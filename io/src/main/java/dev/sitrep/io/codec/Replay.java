package dev.sitrep.io.codec;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * An object read ahead into a buffer and read again, for a family's object whose {@code type} is
 * not its first property: the buffer keeps the object as JSON, with numbers as written, and this
 * keeps the line and column each token had in the input, and the object's path in it, so that
 * errors point at the input. Only Jackson's streaming API: io needs no databind.
 */
final class Replay extends JsonParserDelegate {
  // The object passed the source's limits already; reading it again checks none of its own.
  private static final JsonFactory BUFFERS = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE)
          .maxStringLength(Integer.MAX_VALUE).maxNameLength(Integer.MAX_VALUE)
          .maxDocumentLength(-1).maxTokenCount(-1).build())
      .streamWriteConstraints(StreamWriteConstraints.builder()
          .maxNestingDepth(Integer.MAX_VALUE).build())
      .build();

  private final long[] positions; // each token's line and column, packed
  private int index = -1;
  private final String path;
  private final String pattern;

  private Replay(JsonParser buffered, long[] positions, String path, String pattern) {
    super(buffered);
    this.positions = positions;
    this.path = path;
    this.pattern = pattern;
  }

  /**
   * @param pathInBuffer a path within the buffered object, such as {@code $.name}
   * @param anyIndex whether the path is a pattern, with indices as {@code [*]}
   * @return the path in the input, such as {@code $.actors[3].name}
   */
  String inInput(String pathInBuffer, boolean anyIndex) {
    return (anyIndex ? pattern : path) + pathInBuffer.substring(1);
  }

  /** Collects an object's tokens and their positions; {@link #replay} reads them again. */
  static final class Recorder {
    private final JsonParser source;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final JsonGenerator buffer;
    private long[] positions = new long[64];
    private int size;

    /** @param source the parser the object is read from */
    Recorder(JsonParser source) {
      this.source = source;
      // a root of its own: paths in the buffer are from the object, and inInput places them
      this.buffer = BUFFERS.createGenerator(ObjectWriteContext.empty(), bytes);
    }

    /** Records the start of the object, which the source has passed, at {@code start}. */
    void startObject(TokenStreamLocation start) {
      position(start);
      buffer.writeStartObject();
    }

    /** Records the source's current token. */
    void copy() {
      position(source.currentTokenLocation());
      buffer.copyCurrentEventExact(source); // 19.0 stays 19.0, 1.00000000000000000001 too
    }

    /**
     * Records the end of the object, the source's current token.
     *
     * @param path the object's path in the input
     * @param pattern that path with indices as {@code [*]}
     * @return the object's replay
     */
    Replay replay(String path, String pattern) {
      copy();
      buffer.close();
      Replay replay = new Replay(
          BUFFERS.createParser(ObjectReadContext.empty(), bytes.toByteArray()),
          Arrays.copyOf(positions, size), path, pattern);
      replay.nextToken(); // on the object's start, as the source was
      return replay;
    }

    private void position(TokenStreamLocation at) {
      if (size == positions.length) {
        positions = Arrays.copyOf(positions, 2 * size);
      }
      positions[size++] = (long) at.getLineNr() << 32 | (at.getColumnNr() & 0xFFFFFFFFL);
    }
  }

  @Override
  public JsonToken nextToken() {
    index++;
    return super.nextToken();
  }

  @Override
  public boolean nextName(SerializableString name) {
    index++;
    return super.nextName(name);
  }

  @Override
  public int nextNameMatch(PropertyNameMatcher matcher) {
    index++;
    return super.nextNameMatch(matcher);
  }

  @Override
  public TokenStreamLocation currentTokenLocation() {
    long p = index < positions.length ? positions[index] : positions[positions.length - 1];
    return new TokenStreamLocation(ContentReference.unknown(), -1, (int) (p >> 32), (int) p);
  }

  @Override
  public TokenStreamLocation currentLocation() {
    return currentTokenLocation();
  }
}
