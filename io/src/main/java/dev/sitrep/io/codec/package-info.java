/**
 * How each sitrep type is written and read on the wire, one {@link dev.sitrep.io.codec.Codec} a
 * type, found by {@link dev.sitrep.io.codec.Codecs}. Not exported: the public API is
 * {@code dev.sitrep.io.SitrepJson} and {@code dev.sitrep.io.SitrepModule}, which use it.
 */
package dev.sitrep.io.codec;
