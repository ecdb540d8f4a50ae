/**
 * A cache keyed by a pair of objects, held weakly on both: an entry goes when either key does (a
 * replaced dataset, a filter no longer in the view state, an anchor of a basemap no longer shown).
 * `compute` runs the first time a pair is asked for; later asks get that value, even `undefined`.
 * Callers must treat a cached value as read-only, since every caller is handed the same one.
 */
export function weakPairCache<First extends object, Second extends object, Value>(): (
  first: First,
  second: Second,
  compute: () => Value,
) => Value {
  const byFirst = new WeakMap<First, WeakMap<Second, Value>>();
  return (first, second, compute) => {
    let bySecond = byFirst.get(first);
    if (bySecond === undefined) {
      bySecond = new WeakMap();
      byFirst.set(first, bySecond);
    }
    if (bySecond.has(second)) return bySecond.get(second) as Value;
    const value = compute();
    bySecond.set(second, value);
    return value;
  };
}
