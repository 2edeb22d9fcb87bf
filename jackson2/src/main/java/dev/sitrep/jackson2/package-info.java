/**
 * sitrep's types for Jackson 2 ({@code com.fasterxml.jackson}), for frameworks not yet on
 * Jackson 3: {@link dev.sitrep.jackson2.SitrepJackson2Module} registers every type, written and
 * read through sitrep-io's {@code SitrepJson}, so the bytes are sitrep's wire format.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();  // finds the sitrep module
 * Dossier dossier = mapper.readValue(json, Dossier.class);
 * }</pre>
 */
package dev.sitrep.jackson2;
