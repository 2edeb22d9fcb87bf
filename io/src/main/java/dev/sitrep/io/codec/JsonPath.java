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

  /**
   * @param jsonPath the path of an object, such as {@code $.period}
   * @param attributePath a Java attribute path from a builder, such as {@code flightInformationRegion}
   * @return the two joined, the attribute in its wire spelling: {@code $.airspace.flight_information_region}
   */
  public static String join(String jsonPath, String attributePath) {
    if (attributePath.isEmpty()) {
      return jsonPath;
    }
    StringBuilder s = new StringBuilder(jsonPath).append('.');
    for (char c : attributePath.toCharArray()) {
      if (Character.isUpperCase(c)) {
        s.append('_').append(Character.toLowerCase(c));
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }
}
