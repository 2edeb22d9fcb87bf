package dev.sitrep.io.codec;

import dev.sitrep.core.Code;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.io.SitrepJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates the wire reference, {@code io/WIRE.md}: a section per type with its properties, their
 * JSON types, whether each is required, what each means, and an example. Everything about the
 * shape comes from the codec declarations ({@link Codecs#declared()} and the scalars' shapes);
 * the schema's text is read only for what the overlay alone says (the kinds of string, a
 * property's pattern, a type's comment and its rules across properties). Anything in the schema
 * this class does not know how to describe is an error, so that nothing is left out silently.
 *
 * <p>Each example is the first value of its type met in the sample dossier (the article's, the
 * examples module's golden file), walked in the order its properties are written, and written by
 * {@code SitrepJson.builder().pretty(true).build()}; a type the sample does not hold gets none.
 *
 * <pre>{@code
 * String markdown = WireReference.generate(SchemaGenerator.generate(OVERLAY));
 * }</pre>
 */
public final class WireReference {
  /** The sample dossier: the article's, as the examples module writes and checks it. */
  static final Path SAMPLE = Path.of("../examples/src/test/resources/zapad-2025.json");

  /** The sample dossier's address relative to {@code io/WIRE.md}, for a link. */
  private static final String SAMPLE_LINK = "../examples/src/test/resources/zapad-2025.json";

  /** The directory of this class, relative to {@code io/WIRE.md}, for links. */
  private static final String DIR = "src/test/java/dev/sitrep/io/codec/";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final SitrepJson PRETTY = SitrepJson.builder().pretty(true).build();

  /** The keys the generator writes in an object's, a family's or a shared set's entry. */
  private static final Set<String> GENERATED_DEF_KEYS = Set.of("description", "type", "$ref",
      "properties", "patternProperties", "required", "additionalProperties",
      "unevaluatedProperties", "oneOf");

  /** The keys an object's entry may have that only the overlay gives, and this class describes. */
  private static final Set<String> OVERLAY_DEF_KEYS = Set.of("$comment", "allOf", "anyOf");

  /** The keys the generator writes for a property, or for an element of a list. */
  private static final Set<String> GENERATED_PROPERTY_KEYS = Set.of("description", "type", "$ref",
      "enum", "examples", "items", "minimum", "maximum", "const");

  /** The keys a property may have that only the overlay gives, and this class describes. */
  private static final Set<String> OVERLAY_PROPERTY_KEYS =
      Set.of("pattern", "$comment", "minItems", "uniqueItems");

  /** The keys a kind of string's entry may have. */
  private static final Set<String> SCALAR_KEYS =
      Set.of("description", "type", "pattern", "maxLength", "$comment", "$ref");

  private final JsonNode defs;
  private final List<DeclaredCodec<?>> declared = Codecs.declared();

  /** The example of each type, by its name in {@code $defs}, in the order met. */
  private final Map<String, String> examples = new LinkedHashMap<>();

  /** The types of each shared set of properties, by the set's name, in declaration order. */
  private final Map<String, List<ObjectCodec<?, ?>>> groups = new LinkedHashMap<>();

  /** The family each shared set is documented under, where all the family's variants share it. */
  private final Map<String, UnionCodec<?>> groupFamily = new LinkedHashMap<>();

  /** The family of each variant, by the variant's name. */
  private final Map<String, UnionCodec<?>> familyOf = new LinkedHashMap<>();

  /** The entries of {@code $defs} described so far, to check at the end that all are. */
  private final Set<String> described = new HashSet<>();

  private final StringBuilder out = new StringBuilder();

  private WireReference(JsonNode defs) {
    this.defs = defs;
    for (DeclaredCodec<?> codec : declared) {
      if (codec instanceof UnionCodec<?> union) {
        union.variants().forEach(v -> familyOf.put(v.name(), union));
      } else if (codec instanceof ObjectCodec<?, ?> object) {
        for (ObjectCodec.Property<?, ?> p : object.properties()) {
          p.group().ifPresent(g -> {
            List<ObjectCodec<?, ?>> users = groups.computeIfAbsent(g, k -> new ArrayList<>());
            if (!users.contains(object)) {
              users.add(object);
            }
          });
        }
      }
    }
    groups.forEach((group, users) -> {
      for (DeclaredCodec<?> codec : declared) {
        if (codec instanceof UnionCodec<?> union) {
          if (union.variants().size() == users.size() && union.variants().containsAll(users)) {
            groupFamily.put(group, union);
          }
        }
      }
    });
  }

  /**
   * @param schemaText the schema generated from the same declarations and the overlay, as
   *     {@link SchemaGenerator#generate} returns it
   * @return the wire reference in Markdown, ending with a newline
   */
  public static String generate(String schemaText) {
    WireReference reference = new WireReference(MAPPER.readTree(schemaText).get("$defs"));
    reference.sample(readSample(), DossierCodecs.DOSSIER.shape());
    return reference.document();
  }

  private static Dossier readSample() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(SAMPLE);
    } catch (IOException e) {
      throw new UncheckedIOException("the sample dossier " + SAMPLE + " could not be read", e);
    }
    try {
      return SitrepJson.defaults().read(bytes, Dossier.class);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the sample dossier " + SAMPLE + " is not a valid dossier"
          + " of this wire format; regenerate it first (see the examples' ArticleJsonTest)", e);
    }
  }

  // ---------------------------------------------------------------- examples

  /** Records the first value of each type in {@code value}, depth first, in written order. */
  private void sample(Object value, Shape shape) {
    if (shape instanceof Shape.Properties) {
      ObjectCodec<?, ?> codec = ((Shape.Properties) shape).codec();
      if (!examples.containsKey(codec.name())) {
        examples.put(codec.name(), json(value, codec));
      }
      for (ObjectCodec.Property<?, ?> p : codec.properties()) {
        if (!(p.shape() instanceof Shape.Range || p.shape() instanceof Shape.Enumerated
            || p.shape() instanceof Shape.Flag)) {
          for (Object child : values(value, codec, p)) {
            sample(child, p.shape());
          }
        }
      }
    } else if (shape instanceof Shape.Union) {
      @SuppressWarnings("unchecked")
      UnionCodec<Object> union = (UnionCodec<Object>) ((Shape.Union) shape).codec();
      String name = union.typeNameOf(value);
      for (ObjectCodec<?, ?> variant : union.variants()) {
        if (variant.name().equals(name)) {
          sample(value, variant.shape());
        }
      }
    } else if (shape instanceof Shape.Scalar) {
      examples.putIfAbsent(((Shape.Scalar) shape).def(), scalarJson(value));
    } else if (shape instanceof Shape.Reference) {
      examples.putIfAbsent("ref", scalarJson(value));
    } else if (shape instanceof Shape.Vocabulary) {
      examples.putIfAbsent("code", scalarJson(value));
    }
  }

  /** @return the values of property {@code p} of {@code value}: none, one, or a list's */
  private static List<?> values(Object value, ObjectCodec<?, ?> codec,
      ObjectCodec.Property<?, ?> p) {
    Object v;
    try {
      v = codec.type().getMethod(p.attribute()).invoke(value);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException(codec.name() + "." + p.name() + ": no public accessor "
          + p.attribute() + "() on " + codec.type().getName(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(codec.name() + "." + p.name(), e.getCause());
    }
    if (v instanceof Optional) {
      return ((Optional<?>) v).map(List::of).orElse(List.of());
    }
    if (v instanceof List) {
      return (List<?>) v;
    }
    return List.of(v);
  }

  /**
   * @return the pretty JSON of an object: by {@code SitrepJson}, which writes a variant with its
   *     family's codec ({@code type} first); a claim, which has no codec by class (its value's
   *     type is known only where it stands), by its own codec with the same printer
   */
  private static String json(Object value, ObjectCodec<?, ?> codec) {
    if (Codecs.forType(value.getClass()).isPresent()) {
      return PRETTY.write(value);
    }
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    StringWriter text = new StringWriter();
    try (JsonGenerator g = MAPPER.writer().with(printer).createGenerator(text)) {
      @SuppressWarnings("unchecked")
      Codec<Object> c = (Codec<Object>) codec;
      c.write(new WireWriter(g), value);
    }
    return text.toString();
  }

  /** @return the JSON string a value of a kind of string is written as */
  private static String scalarJson(Object value) {
    if (Codecs.forType(value.getClass()).isPresent()) { // an entity id, a time point
      return PRETTY.write(value);
    }
    if (value instanceof String) {
      return MAPPER.writeValueAsString(value);
    }
    if (value instanceof Ref) {
      return MAPPER.writeValueAsString(((Ref<?>) value).id().value());
    }
    if (value instanceof Code) {
      return MAPPER.writeValueAsString(((Code) value).code());
    }
    throw new IllegalStateException("no wire text known for a " + value.getClass().getName());
  }

  // ---------------------------------------------------------------- the document

  private String document() {
    List<String> scalars = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : defs.properties()) {
      JsonNode def = e.getValue();
      String type = def.path("type").asString("");
      if (!type.equals("object") && !type.equals("null") && !def.has("oneOf")) {
        scalars.add(e.getKey());
      }
    }
    header(scalars);
    for (String scalar : scalars) {
      scalarSection(scalar);
    }
    absentSection();
    Set<String> groupsDone = new HashSet<>();
    for (DeclaredCodec<?> codec : declared) {
      if (codec instanceof UnionCodec) {
        familySection((UnionCodec<?>) codec);
      } else {
        ObjectCodec<?, ?> object = (ObjectCodec<?, ?>) codec;
        if (familyOf.containsKey(object.name())) {
          continue; // described in its family's section
        }
        for (ObjectCodec.Property<?, ?> p : object.properties()) {
          p.group().filter(g -> !groupFamily.containsKey(g) && groupsDone.add(g))
              .ifPresent(this::groupSection);
        }
        objectSection(object, "##");
      }
    }
    Set<String> left = new TreeSet<>();
    defs.properties().forEach(e -> left.add(e.getKey()));
    left.removeAll(described);
    if (!left.isEmpty()) {
      throw new IllegalStateException("WireReference does not describe " + left);
    }
    String text = out.toString();
    return text.substring(0, text.length() - 1); // one newline at the end, not two
  }

  private void header(List<String> scalars) {
    out.append("# The sitrep wire format, type by type\n\n");
    out.append("Generated from the codec declarations by [`WireReference`](" + DIR
        + "WireReference.java): do not edit this file; after changing a declaration,"
        + " regenerate it as [`GeneratedFilesTest`](" + DIR + "GeneratedFilesTest.java) says. The"
        + " conventions every type follows (encoding, property names and order, absent values and"
        + " null, where `type` stands, enums and codes, ids and references, strict and lenient"
        + " reading) are in [README.md](README.md#conventions).\n\n");
    out.append("Each section is named as the type's entry in the schema's `$defs`: validate a"
        + " value against `…/sitrep.schema.json#/$defs/<name>`. A type's table lists its"
        + " properties in the order they are written. Every example is the first value of its"
        + " type in the article's dossier, [zapad-2025.json](" + SAMPLE_LINK + "), written by"
        + " `SitrepJson.builder().pretty(true).build()`; a type the article has no value of has"
        + " no example. A property that is not required may also be `null`, read as"
        + " [absent](#absent).\n\n");
    out.append("Kinds of string: ").append(scalars.stream().map(WireReference::link)
        .collect(Collectors.joining(", "))).append(".\n\n");
    List<String> objects = new ArrayList<>();
    for (DeclaredCodec<?> codec : declared) {
      if (codec instanceof UnionCodec) {
        UnionCodec<?> union = (UnionCodec<?>) codec;
        objects.add(link(union.name()) + " (" + union.variants().stream()
            .map(v -> link(v.name())).collect(Collectors.joining(", ")) + ")");
      } else if (!familyOf.containsKey(((ObjectCodec<?, ?>) codec).name())) {
        ObjectCodec<?, ?> object = (ObjectCodec<?, ?>) codec;
        for (ObjectCodec.Property<?, ?> p : object.properties()) {
          p.group().filter(g -> !groupFamily.containsKey(g) && !objects.contains(link(g)))
              .ifPresent(g -> objects.add(link(g)));
        }
        objects.add(link(object.name()));
      }
    }
    out.append("Objects: ").append(String.join(", ", objects)).append(".\n\n");
  }

  /** The one def that is not a value: {@code null} for an absent property. */
  private void absentSection() {
    String name = "absent";
    JsonNode def = defs.get(name);
    checkKeys(name, def, Set.of("description", "type"));
    described.add(name);
    out.append("## ").append(name).append("\n\n").append(def.get("description").asString())
        .append("\n\nJSON `null`, for a property a table says is not required.\n\n");
  }

  private void scalarSection(String name) {
    JsonNode def = defs.get(name);
    checkKeys(name, def, SCALAR_KEYS);
    described.add(name);
    out.append("## ").append(name).append("\n\n");
    out.append(def.get("description").asString()).append("\n\n");
    StringBuilder form = new StringBuilder("A JSON string");
    if (def.has("$ref")) {
      form.append(", ").append(aOrAn(refName(def.get("$ref")))).append(' ')
          .append(link(refName(def.get("$ref"))));
    }
    if (def.has("maxLength")) {
      form.append(" of at most ").append(def.get("maxLength").asLong()).append(" characters");
    }
    if (def.has("pattern")) {
      form.append(def.has("maxLength") ? ", matching " : " matching ")
          .append(code(def.get("pattern").asString()));
    }
    out.append(form).append(".\n\n");
    if (def.has("$comment")) {
      out.append(def.get("$comment").asString()).append("\n\n");
    }
    example(name);
  }

  private void familySection(UnionCodec<?> union) {
    JsonNode def = defs.get(union.name());
    checkDef(union.name(), def);
    described.add(union.name());
    out.append("## ").append(union.name()).append("\n\n");
    out.append(union.description()).append("\n\n");
    String family = union.name();
    List<String> variants = union.variants().stream().map(v -> code(v.name()))
        .collect(Collectors.toList());
    out.append("An object whose property `type`, written first, names its variant: ")
        .append(orList(variants)).append(".");
    List<String> shared = new ArrayList<>();
    groupFamily.forEach((group, u) -> {
      if (u == union) {
        shared.add(group);
      }
    });
    if (shared.isEmpty()) {
      out.append("\n\n");
      notes(def, List.of());
    } else {
      out.append(" Every ").append(family).append(" has the properties below (the schema's ")
          .append(shared.stream().map(WireReference::code).collect(Collectors.joining(", ")))
          .append("); each variant's table shows where they stand among its own.\n\n");
      tableHead();
      row("`type`", "string: " + orList(variants), "yes, first", "the variant");
      for (String group : shared) {
        described.add(group);
        ObjectCodec<?, ?> first = groups.get(group).get(0);
        JsonNode groupDef = defs.get(group);
        checkDef(group, groupDef);
        for (ObjectCodec.Property<?, ?> p : first.properties()) {
          if (p.group().equals(Optional.of(group))) {
            propertyRow(p, groupDef, groupDef);
          }
        }
      }
      out.append('\n');
      notes(def, List.of());
      for (String group : shared) {
        notes(defs.get(group), groupOwnProperties(group));
      }
    }
    for (ObjectCodec<?, ?> variant : union.variants()) {
      objectSection(variant, "###");
    }
  }

  /** A shared set of properties that no family's variants all share, such as a claim's. */
  private void groupSection(String group) {
    described.add(group);
    JsonNode def = defs.get(group);
    checkDef(group, def);
    List<ObjectCodec<?, ?>> users = groups.get(group);
    out.append("## ").append(group).append("\n\n");
    out.append("The properties that ").append(andList(users.stream().map(u -> link(u.name()))
        .collect(Collectors.toList()))).append(" share; each one's table shows where they stand"
        + " among its own.\n\n");
    tableHead();
    for (ObjectCodec.Property<?, ?> p : users.get(0).properties()) {
      if (p.group().equals(Optional.of(group))) {
        propertyRow(p, def, def);
      }
    }
    out.append('\n');
    notes(def, groupOwnProperties(group));
  }

  private List<ObjectCodec.Property<?, ?>> groupOwnProperties(String group) {
    List<ObjectCodec.Property<?, ?>> properties = new ArrayList<>();
    for (ObjectCodec.Property<?, ?> p : groups.get(group).get(0).properties()) {
      if (p.group().equals(Optional.of(group))) {
        properties.add(p);
      }
    }
    return properties;
  }

  private void objectSection(ObjectCodec<?, ?> object, String level) {
    String name = object.name();
    JsonNode def = defs.get(name);
    checkDef(name, def);
    described.add(name);
    UnionCodec<?> family = familyOf.get(name);
    out.append(level).append(' ').append(name).append("\n\n");
    out.append(object.description()).append("\n\n");
    tableHead();
    if (family != null) {
      row("`type`", code("\"" + name + "\""), "yes, first", "the variant");
    }
    List<ObjectCodec.Property<?, ?>> own = new ArrayList<>();
    List<? extends ObjectCodec.Property<?, ?>> properties = object.properties();
    for (int i = 0; i < properties.size(); i++) {
      ObjectCodec.Property<?, ?> p = properties.get(i);
      if (p.group().isEmpty()) {
        propertyRow(p, def, def);
        own.add(p);
        continue;
      }
      String group = p.group().get();
      List<String> run = new ArrayList<>();
      while (i < properties.size() && properties.get(i).group().equals(Optional.of(group))) {
        run.add(code(properties.get(i).name()));
        i++;
      }
      i--;
      UnionCodec<?> sharedBy = groupFamily.get(group);
      row(String.join(", ", run), "", "", sharedBy != null
          ? "as for every " + link(sharedBy.name())
          : "as in " + link(group));
    }
    if (object.keepsExtensions()) {
      row("`x_…`, `org.example.…`", "any", "no", "[extension properties](README.md#extensions):"
          + " any JSON value under an `x_` or a reverse-domain name, kept in order after the"
          + " others");
    }
    out.append('\n');
    notes(def, own);
    example(name);
  }

  private void example(String name) {
    String json = examples.get(name);
    if (name.equals(DossierCodecs.DOSSIER.name())) {
      out.append("Example: the article's whole dossier, [zapad-2025.json](").append(SAMPLE_LINK)
          .append(").\n\n");
    } else if (json == null) {
      out.append("No example: the article's dossier has no ").append(name).append(".\n\n");
    } else {
      out.append("```json\n").append(json).append("\n```\n\n");
    }
  }

  // ---------------------------------------------------------------- tables

  private void tableHead() {
    out.append("| property | JSON type | required | meaning |\n|---|---|---|---|\n");
  }

  private void row(String property, String type, String required, String meaning) {
    out.append("| ").append(property).append(" | ").append(type).append(" | ").append(required)
        .append(" | ").append(meaning).append(" |\n");
  }

  /**
   * @param def the entry the property's schema is in: the type's, or its shared set's
   * @param owner the entry whose {@code required} and {@code anyOf} apply to the property
   */
  private void propertyRow(ObjectCodec.Property<?, ?> p, JsonNode def, JsonNode owner) {
    JsonNode schema = def.path("properties").path(p.name());
    if (schema.has("anyOf")) { // the value when present, or null for absent: io/README's convention
      checkKeys(p.name(), schema, Set.of("description", "anyOf"));
      schema = schema.get("anyOf").get(0);
    }
    checkKeys(p.name(), schema, union(GENERATED_PROPERTY_KEYS, OVERLAY_PROPERTY_KEYS));
    String type;
    if (p.cardinality() == ObjectCodec.Cardinality.LIST) {
      checkKeys(p.name() + " items", schema.path("items"), union(GENERATED_PROPERTY_KEYS,
          OVERLAY_PROPERTY_KEYS));
      type = "array of " + words(p.shape(), schema.path("items"), true);
      if (schema.has("minItems")) {
        long min = schema.get("minItems").asLong();
        type += min == 1 ? ", at least one" : ", at least " + min;
      }
      if (schema.path("uniqueItems").asBoolean(false)) {
        type += ", no two alike";
      }
    } else {
      type = words(p.shape(), schema, false);
    }
    String required;
    List<String> oneOf = anyOfRequired(owner, p.name());
    if (p.cardinality() == ObjectCodec.Cardinality.REQUIRED || contains(owner.path("required"),
        p.name())) {
      required = "yes";
    } else if (!oneOf.isEmpty()) {
      required = "one of " + andList(oneOf.stream().map(WireReference::code)
          .collect(Collectors.toList()));
    } else {
      required = "no";
    }
    row(code(p.name()), cell(type), required, cell(p.description()));
  }

  /**
   * @return the JSON type of one value in words ("string, time-point", "object, place"), or of
   *     the elements of a list ({@code many}: "strings, time-point", "place objects")
   */
  private String words(Shape shape, JsonNode schema, boolean many) {
    String string = many ? "strings" : "string";
    if (schema.has("pattern")) { // the overlay narrows a string to a pattern
      return string + " matching " + code(schema.get("pattern").asString());
    }
    if (shape instanceof Shape.Scalar scalar) {
      return string + ", " + scalarWords(scalar.def());
    }
    if (shape instanceof Shape.Enumerated enumerated) {
      return string + ", enum: " + codes(enumerated.values());
    }
    if (shape instanceof Shape.Vocabulary vocabulary) {
      List<String> known = vocabulary.known();
      return string + ", " + link("code") + (known.isEmpty() ? ""
          : ": " + codes(known) + ", or another code");
    }
    if (shape instanceof Shape.Reference reference) {
      String kind = kindName(reference.kind());
      return many ? "[refs](#ref) to [" + kind + "s](#" + kind + ")"
          : "string, " + link("ref") + " to " + aOrAn(kind) + " " + link(kind);
    }
    if (shape instanceof Shape.Flag) {
      return many ? "booleans" : "boolean";
    }
    if (shape instanceof Shape.Range range) {
      return many ? range(range).replaceFirst("^(integer|number)", "$1s") : range(range);
    }
    String object = shape instanceof Shape.Properties properties ? properties.codec().name()
        : ((Shape.Union) shape).codec().name();
    return many ? link(object) + " objects" : "object, " + link(object);
  }

  private static String scalarWords(String def) {
    return def.equals(((Shape.Scalar) Scalars.STRING.shape()).def())
        ? "[not blank](#" + def + ")" : link(def);
  }

  private static String range(Shape.Range r) {
    String kind = r.integer() ? "integer" : "number";
    if (r.integer() && r.max() >= Long.MAX_VALUE) {
      return kind + " ≥ " + number(r.min());
    }
    return kind + " in [" + number(r.min()) + ", " + number(r.max()) + "]";
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  /**
   * @return the name of the type a reference points at: that of the codec whose type it is, or
   *     of the family it is, such as {@code state} or {@code event}
   */
  private String kindName(Class<? extends Entity> kind) {
    for (DeclaredCodec<?> codec : declared) {
      if (codec.type() == kind) {
        return codec.name();
      }
    }
    throw new IllegalStateException("no codec of type " + kind.getName());
  }

  // ---------------------------------------------------------------- notes

  /**
   * Writes, under a type's table, what its schema entry says that the declarations do not: its
   * comment, its rules across properties, and its properties' comments.
   */
  private void notes(JsonNode def, List<ObjectCodec.Property<?, ?>> properties) {
    List<String> notes = new ArrayList<>();
    if (def.has("$comment")) {
      notes.add(def.get("$comment").asString());
    }
    for (JsonNode rule : def.path("allOf")) {
      notes.add(rule(rule));
    }
    if (def.has("anyOf")) {
      List<String> names = new ArrayList<>();
      for (JsonNode alternative : def.get("anyOf")) {
        checkKeys("anyOf", alternative, Set.of("required", "properties"));
        alternative.path("properties").forEach( // the value present: not null, not empty
            c -> checkKeys("anyOf property", c, Set.of("type", "minItems")));
        for (JsonNode n : alternative.get("required")) {
          names.add(code(n.asString()));
        }
      }
      notes.add("At least one of " + andList(names) + " is required.");
    }
    for (ObjectCodec.Property<?, ?> p : properties) {
      JsonNode schema = def.path("properties").path(p.name());
      schema = schema.has("anyOf") ? schema.get("anyOf").get(0) : schema;
      if (schema.has("$comment")) {
        notes.add(code(p.name()) + ": " + schema.get("$comment").asString());
      }
    }
    for (String note : notes) {
      out.append("- ").append(note).append('\n');
    }
    if (!notes.isEmpty()) {
      out.append('\n');
    }
  }

  /** @return an if-then rule of the overlay in words */
  private static String rule(JsonNode rule) {
    checkKeys("rule", rule, Set.of("$comment", "if", "then"));
    JsonNode condition = rule.get("if");
    checkKeys("if", condition, Set.of("properties", "required"));
    List<String> ifs = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : condition.get("properties").properties()) {
      JsonNode c = e.getValue();
      checkKeys("if " + e.getKey(), c, Set.of("const", "enum", "type", "minItems"));
      if (c.has("minItems")) { // a list that names something
        ifs.add(code(e.getKey()) + " has at least " + c.get("minItems").asInt() + " element"
            + (c.get("minItems").asInt() == 1 ? "" : "s"));
        continue;
      }
      List<String> values = new ArrayList<>();
      if (c.has("const")) {
        values.add(code(c.get("const").asString()));
      }
      for (JsonNode v : c.path("enum")) {
        values.add(code(v.asString()));
      }
      ifs.add(code(e.getKey()) + " is " + orList(values));
    }
    JsonNode consequence = rule.get("then");
    checkKeys("then", consequence, Set.of("properties", "required"));
    List<String> thens = new ArrayList<>();
    for (JsonNode n : consequence.path("required")) {
      thens.add(code(n.asString()) + " is required");
    }
    for (Map.Entry<String, JsonNode> e : consequence.path("properties").properties()) {
      JsonNode c = e.getValue();
      checkKeys("then " + e.getKey(), c, Set.of("type", "pattern", "minimum", "minItems"));
      if (c.path("type").asString("").equals("null")) {
        thens.add(code(e.getKey()) + " is absent");
      }
      if (c.has("minItems")) {
        thens.add(code(e.getKey()) + " has at least " + c.get("minItems").asInt() + " elements");
      }
      if (c.has("pattern")) {
        thens.add(code(e.getKey()) + " matches " + code(c.get("pattern").asString()));
      }
      if (c.has("minimum")) {
        thens.add(code(e.getKey()) + " is at least " + c.get("minimum").asString());
      }
    }
    return "If " + String.join(" and ", ifs) + ", " + String.join(" and ", thens) + ".";
  }

  /** @return the other properties of an {@code anyOf} of required properties naming {@code name} */
  private static List<String> anyOfRequired(JsonNode def, String name) {
    List<String> names = new ArrayList<>();
    for (JsonNode alternative : def.path("anyOf")) {
      for (JsonNode n : alternative.path("required")) {
        names.add(n.asString());
      }
    }
    return names.contains(name) ? names : List.of();
  }

  // ---------------------------------------------------------------- checks

  private static void checkDef(String name, JsonNode def) {
    if (def == null) {
      throw new IllegalStateException("the schema has no $defs entry " + name);
    }
    checkKeys(name, def, union(GENERATED_DEF_KEYS, OVERLAY_DEF_KEYS));
  }

  /** Refuses a key this class would not describe, so that the overlay cannot say more silently. */
  private static void checkKeys(String where, JsonNode node, Set<String> known) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!known.contains(e.getKey())) {
        throw new IllegalStateException("WireReference does not describe " + e.getKey()
            + " in " + where + ": teach it to");
      }
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode e : array) {
      if (e.asString().equals(value)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- words

  private static String refName(JsonNode ref) {
    return ref.asString().substring("#/$defs/".length());
  }

  private static String link(String name) {
    return "[" + name + "](#" + name + ")";
  }

  private static String code(String text) {
    return "`" + text + "`";
  }

  private static String codes(List<String> values) {
    return values.stream().map(WireReference::code).collect(Collectors.joining(", "));
  }

  /** A table cell: a vertical bar would end it. */
  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  private static String aOrAn(String word) {
    return "aeiou".indexOf(word.toLowerCase(Locale.ROOT).charAt(0)) >= 0 ? "an" : "a";
  }

  private static String orList(List<String> items) {
    return list(items, "or");
  }

  private static String andList(List<String> items) {
    return list(items, "and");
  }

  private static String list(List<String> items, String conjunction) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " " + conjunction + " "
        + items.get(items.size() - 1);
  }

}
