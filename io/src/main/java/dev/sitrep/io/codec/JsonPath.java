package dev.sitrep.io.codec;

import dev.sitrep.core.Text;
import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamContext;

/**
 * JSON paths such as {@code $.strength[0].count.lower}, from a parser's context. A property name
 * longer than {@value WireReader#ECHOED} characters is abbreviated, so that a path stays short.
 */
public final class JsonPath {
  private JsonPath() {}

  /**
   * @param context a parser's context
   * @return the path of the parser's current value
   */
  public static String of(TokenStreamContext context) {
    return path(context, false);
  }

  /**
   * @return the path of the parser's current value with every index as {@code [*]}, such as
   *     {@code $.events[*].participants[*]}: the place in the document, whatever the element
   */
  static String pattern(TokenStreamContext context) {
    return path(context, true);
  }

  /**
   * @param path a path this class made, such as {@code $.events[0].edition}
   * @return the same as a JSON Pointer (RFC 6901), {@code /events/0/edition}
   */
  public static JsonPointer pointer(String path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 1; i < path.length(); ) { // after the $
      char c = path.charAt(i);
      int end = i + 1;
      while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
        end++;
      }
      String segment = c == '[' ? path.substring(i + 1, end - 1) : path.substring(i + 1, end);
      pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
      i = end;
    }
    return JsonPointer.compile(pointer.toString());
  }

  private static String path(TokenStreamContext context, boolean anyIndex) {
    Deque<String> segments = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray() && c.hasCurrentIndex()) {
        segments.push(anyIndex ? "[*]" : "[" + c.getCurrentIndex() + "]");
      } else if (c.inObject() && c.currentName() != null) {
        segments.push("." + Text.abbreviate(c.currentName(), WireReader.ECHOED));
      }
    }
    return "$" + String.join("", segments);
  }
}
