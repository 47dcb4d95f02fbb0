/**
 * The spend reader's performance internals: primitive open-addressed tables, sorted sums, a read-ahead thread and
 * UTF-8 written straight into byte buffers. The rules themselves (what a row, an amount or a date is) live in
 * {@code spend.core}; nothing here decides what a spend file means, only how fast it is read and summed.
 */
package org.socialvaluehub.spend.core.fast;
