/**
 * sitrep's cross-cutting pieces: the one exception for bad input, open-vocabulary codes, and what
 * blank text is.
 */
package dev.sitrep.core;
