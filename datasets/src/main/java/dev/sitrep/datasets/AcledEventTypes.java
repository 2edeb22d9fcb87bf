package dev.sitrep.datasets;

import dev.sitrep.core.event.EventKind;
import java.util.List;
import java.util.Optional;

/**
 * ACLED's event types and sub-event types (ACLED Codebook, 2023 and later) as PLOVER categories
 * and modes. Reading a row takes its sub-event type's row of this table; writing an event takes
 * the first row of its category and mode, else the first of its category, else
 * {@code Strategic developments / Other}, which the writer's report counts. The original types are
 * also kept on the event as {@code org.acled.event_type} and {@code org.acled.sub_event_type},
 * and written back as they are.
 *
 * <table>
 * <caption>ACLED sub-event types as PLOVER categories and modes</caption>
 * <tr><th>event_type</th><th>sub_event_type</th><th>PLOVER</th></tr>
 * <tr><td>Battles</td><td>Armed clash</td><td>ASSAULT</td></tr>
 * <tr><td>Battles</td><td>Government regains territory</td><td>ASSAULT</td></tr>
 * <tr><td>Battles</td><td>Non-state actor overtakes territory</td><td>ASSAULT</td></tr>
 * <tr><td>Explosions/Remote violence</td><td>Chemical weapon</td><td>ASSAULT / unconventional</td></tr>
 * <tr><td>Explosions/Remote violence</td><td>Air/drone strike</td><td>ASSAULT / aerial</td></tr>
 * <tr><td>Explosions/Remote violence</td><td>Suicide bomb</td><td>ASSAULT / suicide-attack</td></tr>
 * <tr><td>Explosions/Remote violence</td><td>Shelling/artillery/missile attack</td><td>ASSAULT / heavy-weapons</td></tr>
 * <tr><td>Explosions/Remote violence</td><td>Remote explosive/landmine/IED</td><td>ASSAULT / explosives</td></tr>
 * <tr><td>Explosions/Remote violence</td><td>Grenade</td><td>ASSAULT / explosives</td></tr>
 * <tr><td>Violence against civilians</td><td>Sexual violence</td><td>ASSAULT / sexual</td></tr>
 * <tr><td>Violence against civilians</td><td>Attack</td><td>ASSAULT / targeted</td></tr>
 * <tr><td>Violence against civilians</td><td>Abduction/forced disappearance</td><td>ASSAULT / abduct</td></tr>
 * <tr><td>Protests</td><td>Peaceful protest</td><td>PROTEST / demo</td></tr>
 * <tr><td>Protests</td><td>Protest with intervention</td><td>PROTEST / demo</td></tr>
 * <tr><td>Protests</td><td>Excessive force against protesters</td><td>ASSAULT / crowd-control</td></tr>
 * <tr><td>Riots</td><td>Violent demonstration</td><td>PROTEST / riot</td></tr>
 * <tr><td>Riots</td><td>Mob violence</td><td>ASSAULT / primitive</td></tr>
 * <tr><td>Strategic developments</td><td>Agreement</td><td>AGREE</td></tr>
 * <tr><td>Strategic developments</td><td>Arrests</td><td>COERCE / arrest</td></tr>
 * <tr><td>Strategic developments</td><td>Change to group/activity</td><td>MOBILIZE</td></tr>
 * <tr><td>Strategic developments</td><td>Disrupted weapons use</td><td>COERCE / seize</td></tr>
 * <tr><td>Strategic developments</td><td>Headquarters or base established</td><td>MOBILIZE / troops</td></tr>
 * <tr><td>Strategic developments</td><td>Looting/property destruction</td><td>ASSAULT / destroy</td></tr>
 * <tr><td>Strategic developments</td><td>Non-violent transfer of territory</td><td>RETREAT / withdraw</td></tr>
 * <tr><td>Strategic developments</td><td>Other</td><td>{@code other} (not a PLOVER category)</td></tr>
 * </table>
 */
final class AcledEventTypes {
  /**
   * One row of the table.
   *
   * @param eventType ACLED's event_type
   * @param subEventType ACLED's sub_event_type
   * @param plover its PLOVER category and mode
   */
  record Row(String eventType, String subEventType, KindAndMode plover) {}

  static final String BATTLES = "Battles";
  static final String REMOTE = "Explosions/Remote violence";
  static final String CIVILIANS = "Violence against civilians";
  static final String PROTESTS = "Protests";
  static final String RIOTS = "Riots";
  static final String STRATEGIC = "Strategic developments";
  static final EventKind OTHER = EventKind.of("other");

  static final List<Row> TABLE = List.of(
      new Row(BATTLES, "Armed clash", KindAndMode.of(EventKind.ASSAULT)),
      new Row(BATTLES, "Government regains territory", KindAndMode.of(EventKind.ASSAULT)),
      new Row(BATTLES, "Non-state actor overtakes territory", KindAndMode.of(EventKind.ASSAULT)),
      new Row(REMOTE, "Chemical weapon", KindAndMode.of(EventKind.ASSAULT, "unconventional")),
      new Row(REMOTE, "Air/drone strike", KindAndMode.of(EventKind.ASSAULT, "aerial")),
      new Row(REMOTE, "Suicide bomb", KindAndMode.of(EventKind.ASSAULT, "suicide-attack")),
      new Row(REMOTE, "Shelling/artillery/missile attack",
          KindAndMode.of(EventKind.ASSAULT, "heavy-weapons")),
      new Row(REMOTE, "Remote explosive/landmine/IED",
          KindAndMode.of(EventKind.ASSAULT, "explosives")),
      new Row(REMOTE, "Grenade", KindAndMode.of(EventKind.ASSAULT, "explosives")),
      new Row(CIVILIANS, "Sexual violence", KindAndMode.of(EventKind.ASSAULT, "sexual")),
      new Row(CIVILIANS, "Attack", KindAndMode.of(EventKind.ASSAULT, "targeted")),
      new Row(CIVILIANS, "Abduction/forced disappearance",
          KindAndMode.of(EventKind.ASSAULT, "abduct")),
      new Row(PROTESTS, "Peaceful protest", KindAndMode.of(EventKind.PROTEST, "demo")),
      new Row(PROTESTS, "Protest with intervention", KindAndMode.of(EventKind.PROTEST, "demo")),
      new Row(PROTESTS, "Excessive force against protesters",
          KindAndMode.of(EventKind.ASSAULT, "crowd-control")),
      new Row(RIOTS, "Violent demonstration", KindAndMode.of(EventKind.PROTEST, "riot")),
      new Row(RIOTS, "Mob violence", KindAndMode.of(EventKind.ASSAULT, "primitive")),
      new Row(STRATEGIC, "Agreement", KindAndMode.of(EventKind.AGREE)),
      new Row(STRATEGIC, "Arrests", KindAndMode.of(EventKind.COERCE, "arrest")),
      new Row(STRATEGIC, "Change to group/activity", KindAndMode.of(EventKind.MOBILIZE)),
      new Row(STRATEGIC, "Disrupted weapons use", KindAndMode.of(EventKind.COERCE, "seize")),
      new Row(STRATEGIC, "Headquarters or base established",
          KindAndMode.of(EventKind.MOBILIZE, "troops")),
      new Row(STRATEGIC, "Looting/property destruction",
          KindAndMode.of(EventKind.ASSAULT, "destroy")),
      new Row(STRATEGIC, "Non-violent transfer of territory",
          KindAndMode.of(EventKind.RETREAT, "withdraw")),
      new Row(STRATEGIC, "Other", KindAndMode.of(OTHER)));

  private AcledEventTypes() {}

  /** @return the row of a sub-event type, in any case */
  static Optional<Row> bySubEventType(String subEventType) {
    return TABLE.stream().filter(r -> r.subEventType().equalsIgnoreCase(subEventType)).findFirst();
  }

  /**
   * @return the first row of {@code k}'s category and mode, else of its category with no mode,
   *     else of its category
   */
  static Optional<Row> byPlover(KindAndMode k) {
    return TABLE.stream().filter(r -> r.plover().equals(k)).findFirst()
        .or(() -> TABLE.stream().filter(r -> r.plover().equals(KindAndMode.of(k.kind())))
            .findFirst())
        .or(() -> TABLE.stream().filter(r -> r.plover().kind().equals(k.kind())).findFirst());
  }
}
