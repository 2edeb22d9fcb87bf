package dev.sitrep.io.codec;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.TokenStreamContext;

/** JSON paths such as {@code $.strength[0].count.lower}, from a parser's context. */
public final class JsonPath {
  private JsonPath() {}

  /** @return the path of the parser's current value */
  public static String of(TokenStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray() && c.hasCurrentIndex()) {
        segments.push("[" + c.getCurrentIndex() + "]");
      } else if (c.inObject() && c.currentName() != null) {
        segments.push("." + c.currentName());
      }
    }
    return "$" + String.join("", segments);
  }
}
