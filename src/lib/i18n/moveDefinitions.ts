/** What each move of the compare view means, in the reader's language (the compare view's key). */
import { m } from '../paraglide/messages';
import type { Move } from '../model/types';
import { currentLocale } from './locale.svelte';

const DEFINITIONS: Record<
	Move,
	(i: object, o: { locale: ReturnType<typeof currentLocale> }) => string
> = {
	tightened: m.def_move_tightened,
	loosened: m.def_move_loosened,
	new: m.def_move_new,
	unchanged: m.def_move_unchanged,
	norecord: m.def_move_norecord
};

export const moveDefinition = (move: Move) => DEFINITIONS[move]({}, { locale: currentLocale() });
