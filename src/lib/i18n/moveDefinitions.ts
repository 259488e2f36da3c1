/** What each move of the compare view means, in the reader's language (the compare view's key). */
import { m } from '../paraglide/messages';
import type { Move } from '../model/types';

// Messages read the reader's language themselves (locale.svelte.ts).
const DEFINITIONS: Record<Move, () => string> = {
	tightened: m.def_move_tightened,
	loosened: m.def_move_loosened,
	new: m.def_move_new,
	unchanged: m.def_move_unchanged,
	norecord: m.def_move_norecord
};

export const moveDefinition = (move: Move) => DEFINITIONS[move]();
