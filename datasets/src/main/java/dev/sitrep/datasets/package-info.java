/**
 * Conflict-event datasets in and out of sitrep: {@link dev.sitrep.datasets.Dataset} reads PLOVER,
 * ACLED and UCDP GED rows as {@link dev.sitrep.datasets.EventRecord}s (an event with the actors
 * and sources it refers to) and writes records as rows, saying in a
 * {@link dev.sitrep.datasets.LossReport} what each codebook could not carry.
 *
 * <pre>{@code
 * try (DatasetReader rows = Dataset.ACLED.reader(in, null)) {
 *   Dossier dossier = EventRecord.toDossier(rows, rows.report());
 *   System.out.println(rows.report());   // e.g. nothing lost
 * }
 * }</pre>
 */
package dev.sitrep.datasets;
