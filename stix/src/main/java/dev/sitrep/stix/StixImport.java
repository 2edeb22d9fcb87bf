package dev.sitrep.stix;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.ActorRelation;
import dev.sitrep.core.actor.ImmutableActorRelation;
import dev.sitrep.core.actor.Relation;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.prisoner.PoliticalPrisoner;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.statistic.Statistic;
import dev.sitrep.core.thing.Thing;
import dev.sitrep.io.ReadLimits;
import dev.sitrep.io.SitrepJson;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads STIX 2.1 bundles as sitrep dossiers, with a report of what became of each object.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * StixImport.Result result = StixImport.defaults().read(in);
 * Dossier dossier = result.dossier();
 * result.report().entries(ImportReport.Outcome.KEPT);   // what sitrep could not map
 * }</pre>
 *
 * <p>A bundle sitrep wrote gives back the dossier it was written from, equal to it. Another
 * tool's standard objects that sitrep can map are mapped (an identity to a person, organization
 * or group, a location with a country to that state, a report to a source, a relationship
 * between them to a relation), keeping what did not map, their id, {@code created},
 * {@code modified} and {@code revoked} among it, in the value's {@code x_stix} extension
 * property; any other object is kept whole as an unrecognized value of type {@code
 * stix-<type>}. Exporting the dossier writes both back with their own ids and versions. Where a
 * bundle holds several versions of an object, the latest {@code modified} is kept and the others
 * dropped. {@link #reader(InputStream)} reads a bundle of any size in flat memory.
 *
 * <p>Reading is held to {@link ReadLimits}: nesting, string and number length as for sitrep's
 * JSON, and the document length for each object of the bundle. Bad input is an
 * {@link InvalidDataException} with the JSON path, such as {@code $.objects[3].id}.
 */
public final class StixImport {
  private final ReadLimits limits;
  private final JsonFactory factory;
  private final SitrepJson json;

  private StixImport(ReadLimits limits) {
    this.limits = limits;
    this.factory = JsonFactory.builder()
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .build())
        .build();
    this.json = SitrepJson.builder().lenient(true).limits(limits).build();
  }

  /** @return an import with the default {@link ReadLimits} */
  public static StixImport defaults() {
    return new StixImport(ReadLimits.DEFAULTS);
  }

  /**
   * @param limits the limits on what is read; the document length applies to each object
   * @return an import with those limits
   */
  public static StixImport withLimits(ReadLimits limits) {
    return new StixImport(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * A dossier read from a bundle, and what became of each object.
   *
   * <pre>{@code
   * StixImport.Result result = StixImport.defaults().read(bundle);
   * store(result.dossier());
   * System.out.println(result.report());
   * }</pre>
   *
   * @param dossier the dossier
   * @param report what was read, mapped, kept and dropped
   */
  public record Result(Dossier dossier, ImportReport report) {}

  /**
   * Opens a bundle to read its values one at a time, in flat memory.
   *
   * @param in a STIX 2.1 bundle in UTF-8; not closed
   * @return the reader
   * @throws InvalidDataException if the input does not begin as a bundle does
   */
  public StixReader reader(InputStream in) {
    return new StixReader(parser(in), json, limits, new ImportReport(), true);
  }

  /**
   * @param bundle a STIX 2.1 bundle
   * @return its dossier and the report
   * @throws InvalidDataException if it is not a valid bundle
   */
  public Result read(String bundle) {
    return read(new ByteArrayInputStream(bundle.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Reads a whole bundle as a dossier.
   *
   * @param in a STIX 2.1 bundle in UTF-8; not closed
   * @return its dossier and the report
   * @throws InvalidDataException if it is not a valid bundle
   * @throws UncheckedIOException if reading {@code in} fails
   */
  public Result read(InputStream in) {
    ImportReport report = new ImportReport();
    List<StixReader.Item> items = new ArrayList<>();
    Map<String, Integer> byStixId = new HashMap<>();
    Dossier header;
    try (StixReader reader = new StixReader(parser(in), json, limits, report, false)) {
      while (reader.hasNext()) {
        StixReader.Item item = reader.nextItem();
        Integer seen = byStixId.get(item.stixId());
        if (seen == null) {
          byStixId.put(item.stixId(), items.size());
          items.add(item);
        } else if (newer(item, items.get(seen))) {
          report.add(dropped(items.get(seen), "an older version of " + item.stixId()));
          items.set(seen, item);
        } else {
          report.add(dropped(item, "an older version of " + item.stixId()));
        }
      }
      header = reader.header().orElse(Dossier.builder().build());
    }
    return new Result(assemble(items, header, report), report);
  }

  private Dossier assemble(List<StixReader.Item> items, Dossier header, ImportReport report) {
    Map<EntityId, String> taken = new HashMap<>();
    Map<String, EntityId> sitrepIds = new HashMap<>();
    List<StixReader.Item> values = new ArrayList<>();
    for (StixReader.Item item : items) {
      StixReader.Item chosen = item;
      String other = taken.putIfAbsent(item.entity().id(), item.stixId());
      if (other != null) {
        if (item.fallback() == null || taken.containsKey(item.fallback().id())) {
          report.add(dropped(item, "its id " + item.entity().id() + " is already that of "
              + other));
          continue;
        }
        chosen = kept(item, "its sitrep id " + item.entity().id() + " is already that of "
            + other);
        taken.put(chosen.entity().id(), chosen.stixId());
      }
      sitrepIds.put(chosen.stixId().toLowerCase(java.util.Locale.ROOT), chosen.entity().id());
      values.add(chosen);
    }
    Map<EntityId, Entity> byId = new HashMap<>();
    values.forEach(v -> byId.put(v.entity().id(), v.entity()));
    var dossier = Dossier.builder().from(header);
    for (StixReader.Item v : values) {
      StixReader.Item item = v;
      if (item.fallback() != null && item.entity() instanceof ActorRelation r) {
        item = resolve(item, r, sitrepIds, byId);
      }
      report.add(StixReader.entry(item));
      Entity e = item.entity();
      if (e instanceof Source s) {
        dossier.addSources(s);
      } else if (e instanceof Actor a) {
        dossier.addActors(a);
      } else if (e instanceof Thing t) {
        dossier.addThings(t);
      } else if (e instanceof Relation r) {
        dossier.addRelations(r);
      } else if (e instanceof Event ev) {
        dossier.addEvents(ev);
      } else if (e instanceof PoliticalPrisoner p) {
        dossier.addPrisoners(p);
      } else if (e instanceof Statistic s) {
        dossier.addStatistics(s);
      }
    }
    return dossier.build();
  }

  /**
   * @return a relationship of another tool with its ends made the ids of the values the objects
   *     it joins became; kept as it was if one of them is not an actor
   */
  private static StixReader.Item resolve(StixReader.Item item, ActorRelation r,
      Map<String, EntityId> sitrepIds, Map<EntityId, Entity> byId) {
    EntityId from = resolve(r.subject().id(), sitrepIds);
    EntityId to = resolve(r.to().id(), sitrepIds);
    if (!(byId.get(from) instanceof Actor) || !(byId.get(to) instanceof Actor)) {
      return kept(item, "a relationship whose ends are not both identities or locations of a"
          + " state in the bundle");
    }
    ActorRelation resolved = ImmutableActorRelation.copyOf(r).withSubject(Ref.of(from))
        .withTo(Ref.of(to));
    return new StixReader.Item(item.stixId(), item.stixType(), resolved, item.fallback(),
        item.outcome(), item.reason(), item.modified());
  }

  private static EntityId resolve(EntityId provisional, Map<String, EntityId> sitrepIds) {
    String stixId = provisional.value().replaceFirst("/", "--");
    return Optional.ofNullable(sitrepIds.get(stixId)).orElse(provisional);
  }

  private static StixReader.Item kept(StixReader.Item item, String why) {
    return new StixReader.Item(item.stixId(), item.stixType(), item.fallback(), null,
        ImportReport.Outcome.KEPT, "kept as it was: " + why, item.modified());
  }

  private static ImportReport.Entry dropped(StixReader.Item item, String why) {
    return new ImportReport.Entry(item.stixId(), item.stixType(), ImportReport.Outcome.DROPPED,
        Optional.empty(), why);
  }

  /**
   * @return whether {@code a} is a later version than {@code b}: its {@code modified} is a later
   *     instant ({@code 00:00:00.5Z} after {@code 00:00:00Z}); a version whose {@code modified} is
   *     absent or not a timestamp is no later than any
   */
  private static boolean newer(StixReader.Item a, StixReader.Item b) {
    Optional<Instant> x = instant(a.modified());
    Optional<Instant> y = instant(b.modified());
    return x.isPresent() && (y.isEmpty() || x.get().isAfter(y.get()));
  }

  private static Optional<Instant> instant(Optional<String> timestamp) {
    try {
      return timestamp.map(Instant::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private JsonParser parser(InputStream in) {
    try {
      return factory.createParser(ObjectReadContext.empty(), in);
    } catch (JacksonIOException e) { // the input failed, not its data
      throw new UncheckedIOException(e.getCause());
    } catch (JacksonException e) {
      throw InvalidDataException.inJson("$", "must be readable JSON: " + e.getOriginalMessage(),
          1, 1, e);
    }
  }
}
