// The gazetteer: places and organisations with their country and their names in several languages,
// looked up by cross-script entity key (exact, or within one edit for longer keys).
import data from './gazetteer.json' with { type: 'json' };
import { entityKey } from './key.js';
import { KeyIndex } from './key-index.js';
import { memoize } from './memo.js';

/** One place, organisation or person the gazetteer knows. */
export interface GazetteerEntry {
  /** Stable id (`quang-ninh`), used as `EntityAnchor.gazetteerId`. */
  id: string;
  kind: 'place' | 'organisation' | 'person';
  /** ISO 3166-1 alpha-2 country it lies in or belongs to. */
  country?: string;
  /** Names by BCP 47 language code (`en`, `uk`, `ar`, …): every spelling and inflected form seen in text. */
  names: Record<string, string[]>;
}

/** A searchable set of {@link GazetteerEntry} values. */
export interface Gazetteer {
  /** Every entry, in the order added. */
  readonly entries: readonly GazetteerEntry[];
  /** The entry whose names have this entity key (exact, or within one edit for keys of eight or more letters with the same first sound). */
  lookup(key: string): GazetteerEntry | undefined;
  /** The cross-script key that stands for the entry (the key of its first name). */
  canonicalKey(entry: GazetteerEntry): string;
}

/**
 * Builds a gazetteer from the bundled entries plus `extraEntries` (a user's own JSON). An extra entry
 * with the id of a bundled one adds names to it and may set its country.
 *
 * @throws {TypeError} when `extraEntries` is not an array of entries with an `id`, a `kind` and `names`.
 */
export function createGazetteer(extraEntries: readonly GazetteerEntry[] = []): Gazetteer {
  if (!Array.isArray(extraEntries)) throw new TypeError(`extraEntries must be an array of gazetteer entries, got ${typeof extraEntries}`);
  const byId = new Map<string, GazetteerEntry>();
  const add = (entry: GazetteerEntry, where: string) => {
    validateEntry(entry, where);
    const existing = byId.get(entry.id);
    if (!existing) {
      byId.set(entry.id, { ...entry, names: Object.fromEntries(Object.entries(entry.names).map(([lang, list]) => [lang, [...list]])) });
      return;
    }
    if (entry.country) existing.country = entry.country;
    for (const [lang, list] of Object.entries(entry.names)) existing.names[lang] = [...(existing.names[lang] ?? []), ...list];
  };
  for (const entry of data.entries as GazetteerEntry[]) add(entry, 'the bundled gazetteer');
  extraEntries.forEach((entry, i) => add(entry, `extraEntries[${i}]`));

  const entries = [...byId.values()];
  const index = new KeyIndex<GazetteerEntry>();
  const canonical = new Map<GazetteerEntry, string>();
  for (const entry of entries) {
    let first = true;
    for (const [lang, names] of Object.entries(entry.names)) {
      for (const name of names) {
        const key = entityKey(name, lang);
        if (first) {
          canonical.set(entry, key);
          first = false;
        }
        index.add(key, entry);
      }
    }
  }
  const lookup = memoize((key) => index.find(key)?.value ?? null, 20_000);
  return {
    entries,
    lookup: (key) => lookup(key) ?? undefined,
    canonicalKey: (entry) => canonical.get(entry) ?? entityKey(Object.values(entry.names)[0]?.[0] ?? entry.id, 'und'),
  };
}

function validateEntry(entry: GazetteerEntry, where: string): void {
  const ok =
    entry !== null &&
    typeof entry === 'object' &&
    typeof entry.id === 'string' &&
    entry.id !== '' &&
    (entry.kind === 'place' || entry.kind === 'organisation' || entry.kind === 'person') &&
    entry.names !== null &&
    typeof entry.names === 'object' &&
    Object.values(entry.names).every((list) => Array.isArray(list) && list.every((name) => typeof name === 'string'));
  if (!ok) throw new TypeError(`${where}: a gazetteer entry needs an id, a kind (place, organisation or person) and names (language → string[])`);
  if (entry.country !== undefined && !/^[A-Z]{2}$/.test(entry.country)) {
    throw new TypeError(`${where}: country must be an ISO 3166-1 alpha-2 code such as "CN", got ${JSON.stringify(entry.country)}`);
  }
}

let bundled: Gazetteer | undefined;

/** The bundled gazetteer (built on first use). */
export function getDefaultGazetteer(): Gazetteer {
  bundled ??= createGazetteer();
  return bundled;
}

/** The bundled gazetteer of places and organisations of the showcase region (built on first use). */
export const defaultGazetteer: Gazetteer = {
  get entries() {
    return getDefaultGazetteer().entries;
  },
  lookup: (key) => getDefaultGazetteer().lookup(key),
  canonicalKey: (entry) => getDefaultGazetteer().canonicalKey(entry),
};
