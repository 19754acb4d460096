// A bounded memo for pure look-ups that repeat across sentences (word → key, word → country). When full
// it starts over, which keeps memory bounded on any input.

/** Memoises `compute` by string key, keeping at most `limit` results. */
export function memoize<T>(compute: (key: string) => T, limit = 50_000): (key: string) => T {
  let cache = new Map<string, T>();
  return (key: string) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = compute(key);
    if (cache.size >= limit) cache = new Map();
    cache.set(key, value);
    return value;
  };
}
