package dev.sitrep.benchmarks;

import java.io.InputStream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The limit for any JSON reader on Jackson's parser: every token of the input, read and dropped.
 * Names and strings are tokenized but never turned into Java strings, numbers never converted.
 */
public final class RawScan {
  private RawScan() {}

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  /** @return the number of tokens in {@code json} */
  public static long tokens(byte[] json) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return count(p);
    }
  }

  /** @return the number of tokens in {@code json}, a sequence of values such as JSON Lines */
  public static long tokens(InputStream json) {
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return count(p);
    }
  }

  private static long count(JsonParser p) {
    long n = 0;
    while (p.nextToken() != null) {
      n++;
    }
    return n;
  }
}
