/** sitrep's cross-cutting pieces: the one exception for bad input, and open-vocabulary codes. */
package dev.sitrep.core;
