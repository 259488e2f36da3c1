/**
 * What components call: the messages (m.*) and the words of words.ts in the reader's current
 * language. Each call reads that language, so templates follow it when it changes.
 */
import {
	isMove,
	type CountryRecord,
	type EventCompany,
	type MapClass,
	type PaintClass,
	type Precision
} from '../model/types';
import type { CompareClass, Transition } from '../model/transition';
import { currentLocale } from './locale.svelte';
import * as words from './words';
import { punctuation } from './punctuation';
import { m } from '$lib/paraglide/messages';

export { m } from '$lib/paraglide/messages';
export { currentLocale, LOCALES, setLanguage, type Locale } from './locale.svelte';
export { pickLocale } from './pickLocale';

export const label = (cls: MapClass) => words.mapLabel(cls, currentLocale());
/**
 * A country's status in words. The United States cannot be "under US pressure": its own
 * non-binding steps (the 2012 House report) read as its own intent (data/README.md).
 */
export const statusLabel = (cls: MapClass, countryId: string) =>
	countryId === 'USA' && cls === 'pressured' ? m.label_own_intent() : label(cls);
/** A compare view's move in words: "Briefed by US officials → Restricted (tightened)". */
export const movePair = (t: Transition, countryId: string) =>
	`${statusLabel(t.from, countryId)} → ${statusLabel(t.to, countryId)} (${moveLabel(t.move)})`;
export const moveLabel = (move: CompareClass) => words.moveLabel(move, currentLocale());
/**
 * What the map paints, in words: a map class's label, or a move's. A move's definition is the
 * compare view's own (moveDefinitions.ts, loaded with it), so the map's first load skips it.
 */
export const paintLabel = (cls: PaintClass) => (isMove(cls) ? moveLabel(cls) : label(cls));
export const paintDefinition = (cls: PaintClass) => (isMove(cls) ? '' : definition(cls));
export const definition = (cls: MapClass) => words.mapDefinition(cls, currentLocale());
export const company = (c: EventCompany | 'any') => words.companyName(c, currentLocale());
export const country = (c: Pick<CountryRecord, 'name' | 'a2'>) =>
	words.countryName(c, currentLocale());
export const date = (d: string, precision: Precision = 'day') =>
	words.dateText(d, precision, currentLocale());
export const num = (n: number) => words.numberText(n, currentLocale());
export const changeWords = (byId: ReadonlyMap<string, CountryRecord>) =>
	words.changeWords(currentLocale(), byId);
/** The reader's language's punctuation for joining our own pieces of text (punctuation.ts). */
export const punct = () => punctuation(currentLocale());
