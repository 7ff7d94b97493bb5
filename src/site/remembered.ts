// A value worked out once per key and then remembered: an archive repeats the same names, dates
// and calendar points thousands of times, and luxon or a slug costs tens of microseconds a call.
// A table is emptied once it holds more than `limit` entries, so a long-running dev server does not
// grow without bound.

/** The value `make` gives for `key`, from `table` when it was made before. */
export function remembered<K, V>(table: Map<K, V>, key: K, make: (key: K) => V, limit = 100_000): V {
  let value = table.get(key);
  if (value === undefined) {
    value = make(key);
    if (table.size > limit) table.clear();
    table.set(key, value);
  }
  return value;
}
