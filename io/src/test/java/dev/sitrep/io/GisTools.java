package dev.sitrep.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opens GeoJSON as GIS users do, with tools outside the JVM: GDAL converts it to a GeoPackage with
 * no options ({@code ogr2ogr -f GPKG}) and says what it made ({@code ogrinfo}), and
 * {@code @placemarkio/check-geojson} checks it against RFC 7946 ({@code src/test/js}).
 *
 * <pre>{@code
 * GisTools.Layer layer = GisTools.toGeoPackage(GeoJson.write(dossier));
 * assertThat(layer.fields()).containsEntry("start", "String");
 * assertThat(GisTools.rfc7946Issues(GeoJson.write(dossier))).isEmpty();
 * }</pre>
 *
 * <p>A tool that is not installed aborts the test (it is skipped) with a message saying how to
 * install it, except when {@code CI=true}: there it fails, as {@link ExternalValidators} does.
 * To install them, from the repository root: {@code apt-get install gdal-bin} and
 * {@code npm ci --prefix io/src/test/js}.
 */
public final class GisTools {
  private static final String CHECK_SCRIPT = "src/test/js/check-geojson.mjs";
  private static final int NOT_INSTALLED = 3;

  private GisTools() {}

  /**
   * A GeoPackage layer as GDAL made it.
   *
   * @param geometryType the layer's geometry type, such as {@code Point}
   * @param fields the fields' OGR types by name, in GDAL's order, such as {@code start: String}
   * @param features the features read back from the GeoPackage, as GDAL writes them to GeoJSON
   */
  public record Layer(String geometryType, Map<String, String> fields, List<JsonNode> features) {}

  /**
   * @param geoJson a GeoJSON text
   * @return the layer {@code ogr2ogr -f GPKG} makes of it, without any option
   */
  public static Layer toGeoPackage(String geoJson) {
    Path moduleDir = ExternalValidators.moduleDir();
    if (!ExternalValidators.succeeds(moduleDir, "ogr2ogr", "--version")) {
      ExternalValidators.notInstalled("GDAL's ogr2ogr is not installed; on Debian: apt-get install"
          + " gdal-bin");
    }
    Path tmp = null;
    try {
      tmp = Files.createTempDirectory("sitrep-gis");
      Path in = Files.writeString(tmp.resolve("events.geojson"), geoJson);
      Path gpkg = tmp.resolve("events.gpkg");
      run(tmp, "ogr2ogr", "-f", "GPKG", gpkg.toString(), in.toString());
      String info = run(tmp, "ogrinfo", "-so", "-al", gpkg.toString());
      Map<String, String> fields = new LinkedHashMap<>();
      String geometry = null;
      boolean inFields = false;
      for (String line : info.split("\n")) {
        if (line.startsWith("Geometry: ")) {
          geometry = line.substring("Geometry: ".length()).strip();
        } else if (line.startsWith("Geometry Column")) {
          inFields = true;
        } else if (inFields && line.contains(": ")) {
          String[] nameType = line.split(": ", 2);
          fields.put(nameType[0], nameType[1].replaceAll(" \\(.*", "").strip());
        }
      }
      Path back = tmp.resolve("back.geojson");
      run(tmp, "ogr2ogr", "-f", "GeoJSON", back.toString(), gpkg.toString());
      List<JsonNode> features = new ArrayList<>();
      JsonMapper.shared().readTree(Files.readString(back)).get("features").forEach(features::add);
      return new Layer(geometry, fields, features);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      ExternalValidators.delete(tmp);
    }
  }

  /**
   * @param geoJson a GeoJSON text
   * @return what {@code @placemarkio/check-geojson} finds wrong with it under RFC 7946; empty
   *     when nothing
   */
  public static List<String> rfc7946Issues(String geoJson) {
    Path moduleDir = ExternalValidators.moduleDir();
    Path tmp = null;
    try {
      tmp = Files.createTempDirectory("sitrep-gis");
      Path in = Files.writeString(tmp.resolve("events.geojson"), geoJson);
      Process p = new ProcessBuilder("node", moduleDir.resolve(CHECK_SCRIPT).toString(),
          in.toString()).directory(moduleDir.toFile())
          .redirectError(tmp.resolve("err").toFile()).redirectOutput(tmp.resolve("out").toFile())
          .start();
      if (!p.waitFor(ExternalValidators.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("check-geojson did not finish");
      }
      String err = Files.readString(tmp.resolve("err"));
      if (p.exitValue() == NOT_INSTALLED) {
        ExternalValidators.notInstalled(err.strip() + "; run `npm ci --prefix io/src/test/js`"
            + " from the repository root");
      } else if (p.exitValue() != 0) {
        throw new AssertionError("check-geojson failed (exit " + p.exitValue() + "): " + err);
      }
      List<String> issues = new ArrayList<>();
      JsonMapper.shared().readTree(Files.readString(tmp.resolve("out"))).get("issues")
          .forEach(i -> issues.add(i.asString()));
      return issues;
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().contains("\"node\"")) {
        ExternalValidators.notInstalled("no `node` on the PATH; install Node.js 18 or newer");
      }
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      ExternalValidators.delete(tmp);
    }
  }

  private static String run(Path dir, String... command) throws IOException {
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      if (!p.waitFor(ExternalValidators.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    if (p.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed (exit " + p.exitValue()
          + "): " + Files.readString(err));
    }
    return Files.readString(out);
  }
}
