package dev.sitrep.io;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.io.codec.Codec;
import dev.sitrep.io.codec.Codecs;
import dev.sitrep.io.codec.JsonPath;
import dev.sitrep.io.codec.WireReader;
import dev.sitrep.io.codec.WireWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Properties;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.filter.FilteringParserDelegate;
import tools.jackson.core.filter.JsonPointerBasedFilter;
import tools.jackson.core.filter.TokenFilter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Reads and writes sitrep's JSON wire format, with no Jackson knowledge needed. Immutable and
 * thread-safe: make one and share it.
 *
 * <pre>{@code
 * SitrepJson json = SitrepJson.defaults();
 * String text = json.write(UncertainCount.atLeast(19).withPhrase("at least nineteen"));
 * UncertainCount back = json.read(text, UncertainCount.class);
 * }</pre>
 *
 * <p>Reading is strict by default: an unknown property, a duplicate key, trailing data or a value
 * of the wrong kind is an error, and so is input beyond the {@link ReadLimits}. Every error is an
 * {@link InvalidDataException} with the JSON path, and the line and column of the offending value.
 * What other languages write back is read where it is the same data: keys in any order, {@code
 * null} for an absent optional property or list, {@code 19.0} for the count 19.
 */
public final class SitrepJson {
  private static final String VERSION = readVersion();

  private final JsonFactory factory;
  private final ReadLimits limits;
  private final boolean lenient;
  private final boolean pretty;

  private SitrepJson(JsonFactory factory, ReadLimits limits, boolean lenient, boolean pretty) {
    this.factory = factory;
    this.limits = limits;
    this.lenient = lenient;
    this.pretty = pretty;
  }

  private SitrepJson(Builder builder) {
    ReadLimits limits = builder.limits;
    this.factory = JsonFactory.builder()
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxDocumentLength(limits.maxDocumentLength())
            .build())
        .build();
    this.limits = limits;
    this.lenient = builder.lenient;
    this.pretty = builder.pretty;
  }

  /** @return the limits on what is read */
  public ReadLimits limits() {
    return limits;
  }

  /** @return a strict, compact reader and writer with the default limits */
  public static SitrepJson defaults() {
    return builder().build();
  }

  /**
   * The version of sitrep this is, as its build wrote it: what {@link SitrepModule} and
   * sitrep-jackson2's module report to Jackson.
   *
   * <pre>{@code
   * SitrepJson.version()  // "0.1.0"
   * }</pre>
   *
   * @return the version, such as {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}
   */
  public static String version() {
    return VERSION;
  }

  /**
   * Every type {@code read} and {@code write} take: each type the wire format defines, and each
   * variant of a family ({@code State} as well as {@code Actor}), for registering sitrep's types
   * with another JSON library, as sitrep-jackson2 does with Jackson 2.
   *
   * <pre>{@code
   * SitrepJson.types().contains(AirspaceIncident.class)  // true
   * }</pre>
   *
   * @return the types, unmodifiable
   */
  public static Collection<Class<?>> types() {
    return Codecs.types();
  }

  /** @return a builder, with the defaults set */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Configures a {@link SitrepJson}, such as
   * {@code SitrepJson.builder().lenient(true).pretty(true).build()}.
   */
  public static final class Builder {
    private boolean lenient;
    private boolean pretty;
    private ReadLimits limits = ReadLimits.DEFAULTS;

    private Builder() {}

    /**
     * Skips unknown properties instead of refusing them, for documents written by a newer sitrep.
     * Open-vocabulary codes are kept in both modes.
     *
     * @param lenient {@code true} to skip unknown properties, {@code false} (the default) to refuse
     *     them
     * @return this builder
     */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /**
     * Writes with two-space indentation and {@code \n} line ends.
     *
     * @param pretty {@code true} to indent, {@code false} (the default) for compact output
     * @return this builder
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * Sets the limits on what is read.
     *
     * @param limits the limits; {@link ReadLimits#DEFAULTS} unless set
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      this.limits = java.util.Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** @return the reader and writer */
    public SitrepJson build() {
      return new SitrepJson(this);
    }
  }

  /**
   * @param value a sitrep value, such as a {@code Source} or an {@code Actor}
   * @return its JSON text
   * @throws IllegalArgumentException if sitrep has no codec for the value's type
   * @throws InvalidDataException if it holds an unrecognized element ({@code UnrecognizedEvent})
   *     of a type sitrep knows, which would be read back as that type
   */
  public String write(Object value) {
    return new String(writeBytes(value), StandardCharsets.UTF_8);
  }

  /**
   * @param value a sitrep value
   * @return its JSON text in UTF-8
   * @throws IllegalArgumentException if sitrep has no codec for the value's type
   * @throws InvalidDataException if it holds an unrecognized element of a type sitrep knows
   */
  public byte[] writeBytes(Object value) {
    // Jackson's pooled buffers, as databind's writeValueAsBytes uses: no copy as the output grows
    BufferRecycler buffers = factory._getBufferRecycler();
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(buffers)) {
      write(value, bytes);
      byte[] result = bytes.toByteArray();
      bytes.release();
      return result;
    } finally {
      buffers.releaseToPool();
    }
  }

  /**
   * Writes {@code value} to {@code out} in UTF-8; does not close {@code out}.
   *
   * @param value a sitrep value
   * @param out where to write
   * @throws IllegalArgumentException if sitrep has no codec for the value's type
   * @throws InvalidDataException if it holds an unrecognized element of a type sitrep knows
   * @throws UncheckedIOException if writing to {@code out} fails
   */
  public void write(Object value, OutputStream out) {
    Codec<Object> codec = codecFor(value.getClass());
    try (JsonGenerator g = generator(out)) {
      codec.write(new WireWriter(g), value);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * A generator that writes as this instance writes, pretty or not, for a format that embeds
   * sitrep's JSON in its own, such as the STIX export; closing it does not close {@code out}.
   *
   * <pre>{@code
   * try (JsonGenerator g = SitrepJson.builder().pretty(true).build().generator(out)) {
   *   g.writeStartObject();
   *   ...
   * }
   * }</pre>
   *
   * @param out where to write, in UTF-8
   * @return the generator
   */
  public JsonGenerator generator(OutputStream out) {
    return factory.createGenerator(writeContext(), out);
  }

  /**
   * @param json JSON text; a leading byte-order mark is skipped
   * @param type the sitrep type to read, such as {@code Source.class} or {@code Actor.class}
   * @param <T> the type read
   * @return the value
   * @throws InvalidDataException if the text is not a valid value of that type
   */
  public <T> T read(String json, Class<T> type) {
    return readWithReport(json, type).value();
  }

  /**
   * @param json JSON in UTF-8; a leading byte-order mark is skipped; UTF-16 and UTF-32 are
   *     refused, as I-JSON requires
   * @param type the sitrep type to read
   * @param <T> the type read
   * @return the value
   * @throws InvalidDataException if the bytes are not a valid value of that type
   */
  public <T> T read(byte[] json, Class<T> type) {
    return read(type, ctx -> {
      Encoding.requireUtf8(json, 0, json.length);
      return factory.createParser(ctx, json);
    }, true).value();
  }

  /** Reads the value in {@code length} bytes of {@code json} from {@code offset}: a JSON line. */
  <T> T read(byte[] json, int offset, int length, Class<T> type) {
    return read(type, ctx -> {
      Encoding.requireUtf8(json, offset, length);
      return factory.createParser(ctx, json, offset, length);
    }, true).value();
  }

  /**
   * Reads one value from {@code in}, which must hold nothing after it; does not close {@code in}.
   *
   * @param in JSON in UTF-8; a leading byte-order mark is skipped; UTF-16 and UTF-32 are
   *     refused, as I-JSON requires
   * @param type the sitrep type to read
   * @param <T> the type read
   * @return the value
   * @throws InvalidDataException if the input is not a valid value of that type
   * @throws UncheckedIOException if reading {@code in} fails
   */
  public <T> T read(InputStream in, Class<T> type) {
    return read(type, ctx -> factory.createParser(ctx, Encoding.requireUtf8(in)), false).value();
  }

  /**
   * Reads a value and says what lenient reading skipped: unknown properties, and elements of
   * unknown {@code type} in arrays. In strict mode nothing is skipped: those are errors.
   *
   * @param json JSON text; a leading byte-order mark is skipped
   * @param type the sitrep type to read
   * @param <T> the type read
   * @return the value and what was skipped
   * @throws InvalidDataException if the text is not a valid value of that type
   */
  public <T> ReadResult<T> readWithReport(String json, Class<T> type) {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    return read(type, ctx -> factory.createParser(ctx, text), true);
  }

  /**
   * Reads JSON Lines, one value a line, lazily: memory stays flat however long the input.
   *
   * @param in JSON Lines in UTF-8; not closed until the reader is
   * @param type the sitrep type of every line, such as {@code Event.class}
   * @param onBadLine where bad lines go: {@code null} to fail on the first with an
   *     {@link InvalidDataException} that gives its line number, or a handler that is given each
   *     bad line while reading goes on
   * @param <T> the type read
   * @return the reader
   */
  public <T> JsonLinesReader<T> readLines(InputStream in, Class<T> type,
      java.util.function.Consumer<BadLine> onBadLine) {
    return readLines(in, type, onBadLine, 1);
  }

  /**
   * Reads JSON Lines, one value a line, lazily, decoding lines on {@code threads} threads. The
   * reader delivers exactly what the single-threaded one does: the same values and bad lines, in
   * input order, with bad lines given to {@code onBadLine} (or thrown) on the calling thread.
   * With more than one thread, the calling thread reads ahead, copying lines into chunks of at most
   * 64 KiB (or one longer line) for the threads to decode: at most two chunks a thread and at most
   * 16 MiB of lines in all, whatever the number of threads; a line longer than 16 MiB is never
   * copied, but decoded on the calling thread once the lines before it have been delivered. So
   * memory is bounded by the limits: besides what one thread holds (a read buffer of at most twice
   * the longest line, and at most the document limit), at most 16 MiB of lines and the values
   * decoded from them. Values are delivered a chunk at a time: for input that arrives slowly, line
   * by line, use one thread.
   *
   * @param in JSON Lines in UTF-8; not closed until the reader is
   * @param type the sitrep type of every line, such as {@code Event.class}
   * @param onBadLine where bad lines go: {@code null} to fail on the first with an
   *     {@link InvalidDataException} that gives its line number, or a handler that is given each
   *     bad line while reading goes on
   * @param threads how many threads decode lines: 1 for the calling thread alone, as
   *     {@link #readLines(InputStream, Class, java.util.function.Consumer)} does; more for that
   *     many daemon worker threads ({@code sitrep-lines-N}) that decode chunks of lines while the
   *     calling thread reads ahead, and stop at the end of the input or when the reader is closed
   * @param <T> the type read
   * @return the reader
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public <T> JsonLinesReader<T> readLines(InputStream in, Class<T> type,
      java.util.function.Consumer<BadLine> onBadLine, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    return new JsonLinesReader<>(this, in, type, onBadLine, threads);
  }

  /**
   * @param out where to write JSON Lines; closed when the writer is
   * @return a writer of one compact JSON value a line
   */
  public JsonLinesWriter writeLines(OutputStream out) {
    return new JsonLinesWriter(compact(), out);
  }

  private SitrepJson compact() {
    return pretty ? new SitrepJson(factory, limits, lenient, false) : this;
  }

  /**
   * @param open opens a parser on the input
   * @param again whether {@code open} can open the input again, to find where a value that
   *     breaks a rule of its type starts; else such an error is placed at its object's start
   */
  private <T> ReadResult<T> read(Class<T> type, Function<ObjectReadContext, JsonParser> open,
      boolean again) {
    Codec<Object> codec = codecFor(type);
    JsonParser parser = null;
    try {
      parser = open.apply(ObjectReadContext.empty());
      if (parser.nextToken() == null) {
        throw InvalidDataException.inJson("$", "must be a JSON value, found empty input", 1, 1,
            null);
      }
      WireReader in = new WireReader(parser, lenient, limits.maxNumberLength(),
          again ? path -> locate(open, path) : null);
      Object value = codec.read(in);
      if (!type.isInstance(value)) {
        throw InvalidDataException.inJson("$", "must be " + describe(type) + ", was "
            + describe(value.getClass()), 1, 1, null);
      }
      if (parser.nextToken() != null) {
        throw in.error("must be the end of the input, found trailing data");
      }
      return new ReadResult<>(type.cast(value), in.skipped());
    } catch (JacksonIOException e) { // the input failed, not its data
      throw new UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      throw translate(e, parser);
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (JacksonException ignored) {
          // closing a parser that failed; the first error is the one that matters
        }
      }
    }
  }

  /** @return where the value at {@code path} starts in the input {@code open} reads, or null */
  private static TokenStreamLocation locate(Function<ObjectReadContext, JsonParser> open,
      String path) {
    try (JsonParser p = new FilteringParserDelegate(open.apply(ObjectReadContext.empty()),
        new JsonPointerBasedFilter(JsonPath.pointer(path)), TokenFilter.Inclusion.ONLY_INCLUDE_ALL,
        false)) {
      return p.nextToken() == null ? null : p.currentTokenLocation();
    } catch (JacksonException | IllegalArgumentException e) {
      return null; // no such value, or a path with an abbreviated name: the object's start
    }
  }

  /**
   * @return Jackson's error as sitrep's, at the error's line and column, or where the parser
   *     stopped when the error has none (as for a read limit)
   */
  static InvalidDataException translate(JacksonException e, JsonParser parser) {
    TokenStreamLocation at = e.getLocation();
    if ((at == null || at.getLineNr() < 1) && parser != null) {
      at = parser.currentLocation();
    }
    String path = parser == null ? "$" : JsonPath.of(parser.streamReadContext());
    String rule = "must be well-formed JSON within the read limits: " + e.getOriginalMessage();
    return InvalidDataException.inJson(path, rule, at == null ? 1 : at.getLineNr(),
        at == null ? 1 : at.getColumnNr(), e);
  }

  /** @return a type's name for a message: "a State", for {@code ImmutableState} too */
  static String describe(Class<?> type) {
    return "a " + type.getSimpleName().replaceFirst("^Immutable", "");
  }

  @SuppressWarnings("unchecked")
  private static Codec<Object> codecFor(Class<?> type) {
    return (Codec<Object>) Codecs.forType(type).orElseThrow(() ->
        new IllegalArgumentException("sitrep has no JSON codec for " + type.getName()));
  }

  private ObjectWriteContext writeContext() {
    if (!pretty) {
      return ObjectWriteContext.empty();
    }
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return printer.createInstance();
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    };
  }

  /** @return the version the build wrote into {@code version.properties}, beside this class */
  private static String readVersion() {
    Properties build = new Properties();
    try (InputStream in = SitrepJson.class.getResourceAsStream("version.properties")) {
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("sitrep-io's version.properties cannot be read", e);
    }
    return build.getProperty("version");
  }
}
