/**
 * What sitrep does not model, kept through a round trip: a feed's own properties on an entity, by
 * {@linkplain dev.sitrep.core.extension.Extensions namespaced names} ({@code x_acme_score}) with a
 * {@link dev.sitrep.core.extension.JsonValue}, and elements of kinds this version does not know
 * ({@link dev.sitrep.core.extension.Unrecognized}).
 *
 * <pre>{@code
 * Person p = Person.builder().id(EntityId.of("person/x")).name("X")
 *     .putExtension("x_acme_score", JsonValue.of(8)).build();
 * }</pre>
 */
package dev.sitrep.core.extension;
