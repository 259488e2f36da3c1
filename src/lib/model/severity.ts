import { STANCES, type Stance } from './types';

/** Higher is more severe: `banned` outranks every other stance, `none` none. */
export function severity(stance: Stance): number {
	return STANCES.length - 1 - STANCES.indexOf(stance);
}

export function moreSevere(a: Stance, b: Stance): Stance {
	return severity(a) >= severity(b) ? a : b;
}
