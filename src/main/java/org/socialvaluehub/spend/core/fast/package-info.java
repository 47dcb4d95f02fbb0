/**
 * The spend reader's performance internals: sums per cell in fastutil's primitive maps, a set of 128-bit fingerprints
 * in an open-addressed table of its own (fastutil has no such key type, and its byte-array set measured slower; see
 * docs/benchmarks.md), sorted sums, a read-ahead thread and UTF-8 written straight into byte buffers. The rules
 * themselves (what a row, an amount or a date is) live in {@code spend.core}; nothing here decides what a spend file
 * means, only how fast it is read and summed.
 */
package org.socialvaluehub.spend.core.fast;
