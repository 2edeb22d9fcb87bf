package dev.sitrep.io.codec;

import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Supersedable;
import java.lang.reflect.TypeVariable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Generates core's table of references ({@code References.java}, which the dossier's integrity
 * check walks) from the codec declarations: every property whose shape is a reference, with its
 * wire path and the kind of entity it must point at. core cannot depend on io, so the table is
 * generated Java, committed, and checked like the schema (see {@link GeneratedFilesTest}).
 *
 * <pre>{@code
 * String java = ReferenceTableGenerator.generate();
 * }</pre>
 */
public final class ReferenceTableGenerator {
  private final Map<String, String> methods = new LinkedHashMap<>();
  private final Map<DeclaredCodec<?>, Boolean> holdsRefs = new LinkedHashMap<>();
  private final TreeSet<String> imports = new TreeSet<>();

  private ReferenceTableGenerator() {
    imports.addAll(List.of("dev.sitrep.core.identity.Entity", "dev.sitrep.core.identity.EntityId",
        "dev.sitrep.core.identity.Ref", "java.util.ArrayList", "java.util.List",
        "java.util.function.BiConsumer", "java.util.HashMap", "java.util.HashSet", "java.util.Map",
        "java.util.Set", "dev.sitrep.core.provenance.Hedge",
        "dev.sitrep.core.provenance.Supersedable"));
  }

  /** @return the source of {@code dev.sitrep.core.dossier.References} */
  public static String generate() {
    ReferenceTableGenerator g = new ReferenceTableGenerator();
    g.method(DossierCodecs.DOSSIER);
    g.method(Families.EVENT);
    g.use(Dossier.class);
    g.use(Event.class);
    StringBuilder s = new StringBuilder();
    s.append("package dev.sitrep.core.dossier;\n\n");
    for (String i : g.imports) {
      if (!i.substring(0, i.lastIndexOf('.')).equals("dev.sitrep.core.dossier")) {
        s.append("import ").append(i).append(";\n");
      }
    }
    s.append("\n/**\n"
        + " * Every reference an entity holds, with its wire path and the kind of entity it must"
        + " point at.\n"
        + " *\n"
        + " * <p>Generated from sitrep-io's codec declarations by {@code ReferenceTableGenerator}"
        + " (io's tests);\n"
        + " * do not edit: regenerate as {@code GeneratedFilesTest} says.\n"
        + " */\n"
        + "final class References {\n"
        + "  /**\n"
        + "   * A reference found at {@code path}, which must point at an entity of {@code kind};"
        + " {@code aside}\n"
        + "   * when it is within an attribution, or within a claim that is denied or that a later"
        + " claim\n"
        + "   * supersedes: an actor that only asserts something, or that such a claim names.\n"
        + "   */\n"
        + "  static final class Found {\n"
        + "    final String path;\n"
        + "    final EntityId id;\n"
        + "    final Class<? extends Entity> kind;\n"
        + "    final boolean aside;\n\n"
        + "    Found(String path, EntityId id, Class<? extends Entity> kind, boolean aside) {\n"
        + "      this.path = path;\n"
        + "      this.id = id;\n"
        + "      this.kind = kind;\n"
        + "      this.aside = aside;\n"
        + "    }\n"
        + "  }\n\n"
        + "  /** Every reference, in the order of the walk. */\n"
        + "  final List<Found> found = new ArrayList<>();\n\n"
        + "  /** Every claim that supersedes a claim dated later than itself. */\n"
        + "  final List<Problem> supersededLater = new ArrayList<>();\n\n"
        + "  private boolean aside;\n\n"
        + "  static References of(Dossier d) {\n"
        + "    References r = new References();\n"
        + "    r.dossier(\"\", d);\n"
        + "    return r;\n"
        + "  }\n\n"
        + "  static List<Found> in(Event e) {\n"
        + "    References r = new References();\n"
        + "    r.event(\"\", e);\n"
        + "    return r.found;\n"
        + "  }\n\n"
        + "  private <T> void each(String path, List<T> values, BiConsumer<String, T> walk) {\n"
        + "    for (int i = 0; i < values.size(); i++) {\n"
        + "      walk.accept(path + \"[\" + i + \"]\", values.get(i));\n"
        + "    }\n"
        + "  }\n\n"
        + "  /** Walks a list of claims, each aside if denied or superseded. */\n"
        + "  private <C extends Supersedable> void claims(String path, List<C> claims,\n"
        + "      BiConsumer<String, C> walk) {\n"
        + "    Map<EntityId, C> byId = new HashMap<>();\n"
        + "    claims.forEach(c -> c.id().ifPresent(id -> byId.put(id, c)));\n"
        + "    Set<EntityId> superseded = new HashSet<>();\n"
        + "    for (int i = 0; i < claims.size(); i++) {\n"
        + "      C c = claims.get(i);\n"
        + "      c.supersedes().ifPresent(superseded::add);\n"
        + "      int at = i;\n"
        + "      c.supersedes().map(byId::get).filter(c::isDatedBefore)\n"
        + "          .ifPresent(earlier -> supersededLater.add(Problem.of(path + \"[\" + at\n"
        + "              + \"].supersedes\", Problem.SUPERSEDES_LATER, \"supersedes \"\n"
        + "              + earlier.id().get() + \", a claim dated later\")));\n"
        + "    }\n"
        + "    for (int i = 0; i < claims.size(); i++) {\n"
        + "      C c = claims.get(i);\n"
        + "      boolean was = aside;\n"
        + "      aside = was || c.attribution().hedge() == Hedge.DENIED\n"
        + "          || c.id().filter(superseded::contains).isPresent();\n"
        + "      walk.accept(path + \"[\" + i + \"]\", c);\n"
        + "      aside = was;\n"
        + "    }\n"
        + "  }\n\n"
        + "  private void ref(String path, Ref<?> ref, Class<? extends Entity> kind) {\n"
        + "    found.add(new Found(path, ref.id(), kind, aside));\n"
        + "  }\n\n"
        + "  private static String at(String path, String name) {\n"
        + "    return path.isEmpty() ? name : path + \".\" + name;\n"
        + "  }\n");
    g.methods.values().forEach(m -> s.append('\n').append(m));
    s.append("}\n");
    return s.toString();
  }

  private void use(Class<?> type) {
    imports.add(type.getName().replace('$', '.'));
  }

  private static String methodName(DeclaredCodec<?> codec) {
    return ObjectCodec.attributeOf(codec.name().replace('-', '_'));
  }

  private String typeName(Class<?> type) {
    use(type);
    return type.getSimpleName() + (type.getTypeParameters().length > 0 ? "<?>" : "");
  }

  /** @return whether values of {@code codec} hold a reference, at any depth */
  private boolean holdsRefs(DeclaredCodec<?> codec) {
    Boolean known = holdsRefs.get(codec);
    if (known != null) {
      return known;
    }
    holdsRefs.put(codec, false); // the declarations hold no cycle, but stay safe
    boolean holds = false;
    if (codec instanceof UnionCodec) {
      for (ObjectCodec<?, ?> v : ((UnionCodec<?>) codec).variants()) {
        holds |= holdsRefs(v);
      }
    } else {
      for (ObjectCodec.Property<?, ?> p : ((ObjectCodec<?, ?>) codec).properties()) {
        holds |= holdsRefs(p.shape());
      }
    }
    holdsRefs.put(codec, holds);
    return holds;
  }

  private boolean holdsRefs(Shape shape) {
    return shape instanceof Shape.Reference
        || shape instanceof Shape.Properties && holdsRefs(((Shape.Properties) shape).codec())
        || shape instanceof Shape.Union && holdsRefs(((Shape.Union) shape).codec());
  }

  /** Writes the walk of {@code codec}'s values, and of the values they hold. */
  private void method(DeclaredCodec<?> codec) {
    String name = methodName(codec);
    if (methods.containsKey(name)) {
      return;
    }
    methods.put(name, "");
    StringBuilder m = new StringBuilder();
    if (codec instanceof UnionCodec) {
      UnionCodec<?> union = (UnionCodec<?>) codec;
      m.append("  private void ").append(name).append("(String path, ")
          .append(typeName(union.type())).append(" v) {\n");
      String keyword = "    if";
      for (ObjectCodec<?, ?> variant : union.variants()) {
        if (holdsRefs(variant)) {
          String type = typeName(variant.type());
          m.append(keyword).append(" (v instanceof ").append(type).append(") {\n")
              .append("      ").append(methodName(variant)).append("(path, (").append(type)
              .append(") v);\n")
              .append("    }");
          keyword = " else if";
          method(variant);
        }
      }
      m.append("\n  }\n");
    } else {
      ObjectCodec<?, ?> object = (ObjectCodec<?, ?>) codec;
      boolean attribution = object.type() == Attribution.class; // its actors only assert
      m.append("  private void ").append(name).append("(String path, ")
          .append(typeName(object.type())).append(" v) {\n");
      if (attribution) {
        m.append("    boolean was = aside;\n    aside = true;\n");
      }
      for (ObjectCodec.Property<?, ?> p : object.properties()) {
        if (holdsRefs(p.shape())) {
          m.append(walk(object, p));
        }
      }
      if (attribution) {
        m.append("    aside = was;\n");
      }
      m.append("  }\n");
    }
    methods.put(name, m.toString());
  }

  /** @return the statement that walks one property */
  private String walk(ObjectCodec<?, ?> owner, ObjectCodec.Property<?, ?> p) {
    String at = "at(path, \"" + p.name() + "\")";
    String get = "v." + p.attribute() + "()";
    String each;
    if (p.shape() instanceof Shape.Reference) {
      Class<?> kind = ((Shape.Reference) p.shape()).kind();
      use(kind);
      String refOf = "ref(%s, %s, " + kind.getSimpleName() + ".class)";
      each = "(q, x) -> " + String.format(refOf, "q", castIfWildcard("x", owner));
      switch (p.cardinality()) {
        case REQUIRED:
          return "    " + String.format(refOf, at, castIfWildcard(get, owner)) + ";\n";
        case OPTIONAL:
          return "    " + get + ".ifPresent(x -> "
              + String.format(refOf, at, castIfWildcard("x", owner)) + ");\n";
        default:
          return "    each(" + at + ", " + get + ", " + each + ");\n";
      }
    }
    DeclaredCodec<?> child = p.shape() instanceof Shape.Properties ? ((Shape.Properties) p.shape()).codec()
        : ((Shape.Union) p.shape()).codec();
    method(child);
    String walk = "this::" + methodName(child);
    switch (p.cardinality()) {
      case REQUIRED: // a generic type's value ({@code Claim<?>}'s) is cast back to its type
        return "    " + methodName(child) + "(" + at + ", " + (ofTypeParameter(owner, p)
            ? "(" + typeName(child.type()) + ") " : "") + get + ");\n";
      case OPTIONAL:
        return "    " + get + ".ifPresent(x -> " + methodName(child) + "(" + at + ", x));\n";
      default:
        return "    " + (Supersedable.class.isAssignableFrom(child.type()) ? "claims(" : "each(")
            + at + ", " + get
            + ", " + walk + ");\n";
    }
  }

  /** @return whether the attribute's type is a type parameter of its generic owner */
  private static boolean ofTypeParameter(ObjectCodec<?, ?> owner, ObjectCodec.Property<?, ?> p) {
    try {
      return owner.type().getMethod(p.attribute()).getGenericReturnType() instanceof TypeVariable;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(owner.type() + " has no accessor " + p.attribute(), e);
    }
  }

  /**
   * A generic type's value ({@code Claim<?>}'s) is read through a wildcard: cast a reference in
   * it back to one.
   */
  private static String castIfWildcard(String expression, ObjectCodec<?, ?> owner) {
    return owner.type().getTypeParameters().length > 0 ? "(Ref<?>) " + expression : expression;
  }
}
