package dev.sitrep.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.provenance.SourceKind;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.TimePoint;
import dev.sitrep.datasets.Dataset;
import dev.sitrep.datasets.DatasetReader;
import dev.sitrep.datasets.EventRecord;
import dev.sitrep.datasets.LossReport;
import dev.sitrep.io.SitrepJson;
import dev.sitrep.io.SitrepModule;
import dev.sitrep.jackson2.SitrepJackson2Module;
import dev.sitrep.stix.StixExport;
import dev.sitrep.stix.StixImport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a user writes with sitrep: the README's first lines (a source and a claim, by their
 * builders); a PLOVER row read as a dossier, then written and read back as sitrep JSON (by
 * {@link SitrepJson}, by a Jackson 3 mapper with {@link SitrepModule} and by a Jackson 2 mapper
 * with {@link SitrepJackson2Module}) and as a STIX 2.1 bundle.
 */
public final class Consumer {
  /** A PLOVER row: Russian forces' drone assault on Ukraine, two dead. */
  public static final String PLOVER_ROW = "{\"id\":\"PLV-20250910-0001\",\"date\":\"2025-09-10\","
      + "\"actor\":[{\"code\":\"RUS\"}],\"recipient\":[{\"code\":\"UKR\"}],\"event\":[\"ASSAULT\"],"
      + "\"mode\":[\"drone\"],\"dead\":2}\n";

  private Consumer() {}

  /** @return the PLOVER row as a dossier of one event */
  public static Dossier fromPlover() {
    try (DatasetReader rows = Dataset.PLOVER.reader(
        new ByteArrayInputStream(PLOVER_ROW.getBytes(StandardCharsets.UTF_8)), bad -> {
          throw bad.error();
        })) {
      return EventRecord.toDossier(rows, new LossReport());
    }
  }

  /**
   * @return the dossier written by SitrepJson, then read back by SitrepJson, by Jackson 3, by
   *     Jackson 2, by STIX
   */
  public static List<Dossier> roundTrips(Dossier dossier) {
    String json = SitrepJson.defaults().write(dossier);
    JsonMapper mapper = JsonMapper.builder().addModule(new SitrepModule()).build();
    ObjectMapper jackson2 = new ObjectMapper().registerModule(new SitrepJackson2Module());
    final Dossier byJackson2;
    try {
      byJackson2 = jackson2.readValue(json, Dossier.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return List.of(SitrepJson.defaults().read(json, Dossier.class),
        mapper.readValue(json, Dossier.class), byJackson2,
        StixImport.defaults().read(StixExport.defaults().write(dossier)).dossier());
  }

  /** @return the README's claim: "at least nineteen" drones, as an article states it */
  public static Claim<UncertainCount> drones() {
    Source article = Source.builder().id(EntityId.of("source/zapad-2025")).kind(SourceKind.ARTICLE)
        .publisher("Atlantic Council").addAuthors("Hanna Liubakova")
        .published(TimePoint.month(2025, 9)).build();
    UncertainCount drones = UncertainCount.atLeast(19).withPhrase("at least nineteen");
    return Claim.of(drones, Attribution.of(Ref.to(article), Hedge.STATED));
  }

  /**
   * Prints the README's count, the dossier read from the PLOVER row, and whether each round trip
   * gave it back.
   *
   * @param args none
   */
  public static void main(String[] args) {
    System.out.println(SitrepJson.defaults().write(drones().value()));
    Dossier dossier = fromPlover();
    System.out.println(SitrepJson.defaults().write(dossier));
    roundTrips(dossier).forEach(back -> System.out.println(back.equals(dossier)));
  }
}
