// Per-language anchor rules: the CLDR tables (src/lang/generated/) merged with a small hand-written layer.
import type { AnchorRules } from '../profile.js';
import { arAnchorRules, arHand } from './ar.js';
import type { HandAnchorData } from './build.js';
import { deAnchorRules, deHand, enAnchorRules, enHand, frAnchorRules, frHand } from './generic.js';
import { idAnchorRules, idHand } from './id.js';
import { nlAnchorRules, nlHand } from './nl.js';
import { svAnchorRules, svHand } from './sv.js';
import { ukAnchorRules, ukHand } from './uk.js';

export { arAnchorRules, deAnchorRules, enAnchorRules, frAnchorRules, idAnchorRules, nlAnchorRules, svAnchorRules, ukAnchorRules };

/**
 * Anchor rules for languages without a full profile but with CLDR tables (German, French, English), so
 * that generic text still gets its month and country names read.
 */
export const extraAnchorRules: Readonly<Record<string, AnchorRules>> = { de: deAnchorRules, fr: frAnchorRules, en: enAnchorRules };

/** The hand-written layer of every language, for the readable snapshots in docs/lang/. */
export const handAnchorData: Readonly<Record<string, HandAnchorData>> = {
  uk: ukHand, nl: nlHand, id: idHand, sv: svHand, ar: arHand, de: deHand, fr: frHand, en: enHand,
};
