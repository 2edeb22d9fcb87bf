package dev.sitrep.core.extension;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.EntityId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What every element of a family (an event, an actor, a relation) whose {@code type} this version
 * of sitrep does not know has, as a lenient read keeps it from a feed written by a newer tool: its type
 * name and its properties as read, in order, written back unchanged. It must have an {@code id}
 * that is a valid {@link EntityId}, which is its id: in a dossier it reserves that id (a
 * duplicate is reported) and can be the target of a reference to its family; nothing else of it is
 * read or checked, so it has no time, places, participants or other names: a dossier's timeline
 * puts it among the undated events, and it involves or mentions no actor. A strict read refuses
 * it. Each family has its variant that extends this
 * class: {@code UnrecognizedEvent}, {@code UnrecognizedActor}, {@code UnrecognizedThing},
 * {@code UnrecognizedRelation}.
 *
 * <pre>{@code
 * Event cyber = UnrecognizedEvent.of("cyber-attack", Map.of(
 *     "id", JsonValue.of("event/ddos-2025-09"), "target", JsonValue.of("state/pol")));
 * cyber.id();      // event/ddos-2025-09
 * }</pre>
 */
public abstract class Unrecognized implements Entity {
  /** @return the type name as read, such as {@code cyber-attack} */
  public abstract String type();

  /** @return the other properties as read, in order, {@code id} among them */
  public abstract Map<String, JsonValue> properties();

  /** @return the id that the {@code id} property gives */
  @Override
  public EntityId id() {
    return EntityId.of(((JsonValue.JsonString) properties().get("id")).value());
  }

  /** @return the properties whose names are extension names, in order */
  @Override
  public Map<String, JsonValue> extensions() {
    Map<String, JsonValue> extensions = new LinkedHashMap<>();
    properties().forEach((name, value) -> {
      if (Extensions.isName(name)) {
        extensions.put(name, value);
      }
    });
    return extensions;
  }

  /**
   * @param name a property's name, such as {@code title}
   * @return its value, if it is a string that is not blank
   */
  protected Optional<String> text(String name) {
    return properties().get(name) instanceof JsonValue.JsonString s && !Text.isBlank(s.value())
        ? Optional.of(s.value()) : Optional.empty();
  }

  /**
   * Fails unless the type is not blank, {@code type} is not among the properties, and {@code id}
   * is a valid id; for the {@code @Value.Check} of each family's unrecognized element.
   *
   * @param u the element to check
   */
  protected static void check(Unrecognized u) {
    if (Text.isBlank(u.type())) {
      throw new InvalidDataException("type", "must not be blank");
    }
    Extensions.requireWellFormed(u.properties().keySet(), "properties");
    if (u.properties().containsKey("type")) {
      throw new InvalidDataException("properties", "must not hold 'type', which is apart");
    }
    if (!(u.properties().get("id") instanceof JsonValue.JsonString id)) {
      throw new InvalidDataException("properties.id", "must be a string, an entity's id");
    }
    try {
      EntityId.of(id.value());
    } catch (InvalidDataException e) {
      throw new InvalidDataException("properties.id", e.rule());
    }
  }
}
