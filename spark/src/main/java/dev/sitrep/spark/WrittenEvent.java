package dev.sitrep.spark;

import dev.sitrep.core.event.Event;

/**
 * An event with its sitrep JSON, as {@code SitrepJson} wrote it: what a row is made from.
 *
 * @param event the event
 * @param json its JSON, which starts with its {@code type}, as sitrep's writer always writes it
 */
record WrittenEvent(Event event, String json) {
  private static final String TYPE = "{\"type\":\"";

  /** @return the event's type as on the wire, such as {@code airspace-incident} */
  String type() {
    int end = json.indexOf('"', TYPE.length());
    if (!json.startsWith(TYPE) || end < 0) {
      throw new IllegalStateException("sitrep wrote an event without its type first: " + json);
    }
    return json.substring(TYPE.length(), end);
  }
}
