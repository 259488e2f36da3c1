import type { Move, PaintClass, Stance } from './types';

/**
 * One colour per stance. Severity runs from dark to light (banned darkest), so the order reads in
 * greyscale and in every colour-vision deficiency; `allowed` is the one hue off that ramp and is
 * also drawn with a dot pattern, so it never depends on colour alone. `none` is a quiet grey.
 */
export const STANCE_COLORS: Record<Stance, string> = {
	banned: '#5c0a1e',
	restricted: '#c0392b',
	pressured: '#e5843f',
	briefed: '#f0c25a',
	allowed: '#2f74b5',
	none: '#f1f0ed'
};

/**
 * The two map classes that are not stances. Both sit off the stance ramp and carry stripes, so
 * neither is read as a stance: China mid-grey with white stripes, an unreviewed place the `none`
 * colour with grey stripes ("nobody looked" must not look like "searched, nothing found").
 */
export const MAP_COLORS: Record<PaintClass, string> = {
	...STANCE_COLORS,
	home: '#8a8a8a',
	unreviewed: STANCE_COLORS.none,
	...compareColors()
};

/**
 * The compare view's moves, a diverging scale that also reads in greyscale: tightened darkest,
 * loosened a mid blue with dots (toward `allowed`, which wears dots too), a first record light
 * amber with stripes, unchanged a mid grey, no record the `none` grey.
 */
function compareColors(dark = false): Record<Move, string> {
	return dark
		? {
				tightened: '#ff9eb5',
				loosened: '#3f8fe6',
				new: '#a8862a',
				unchanged: '#5d636b',
				norecord: '#3a3f47'
			}
		: {
				tightened: '#8e1537',
				loosened: '#2f74b5',
				new: '#f0c25a',
				unchanged: '#b9b4ac',
				norecord: STANCE_COLORS.none
			};
}

/**
 * The same classes on a dark page. Severity still reads as contrast with the background, so
 * the ramp runs the other way: banned lightest, `none` a dark grey just above the ocean. Banned
 * is a clear pink, not a near-white that reads as an empty country. Patterns and their inks are
 * shared with the light palette.
 */
export const DARK_STANCE_COLORS: Record<Stance, string> = {
	banned: '#ffbdd0',
	restricted: '#ff9485',
	pressured: '#dc7a22',
	briefed: '#6a5406',
	allowed: '#3f8fe6',
	none: '#3a3f47'
};
export const DARK_MAP_COLORS: Record<PaintClass, string> = {
	...DARK_STANCE_COLORS,
	home: '#5f646b',
	unreviewed: DARK_STANCE_COLORS.none,
	...compareColors(true)
};

export type Theme = 'light' | 'dark';
export const mapColors = (theme: Theme): Record<PaintClass, string> =>
	theme === 'dark' ? DARK_MAP_COLORS : MAP_COLORS;

export type PatternKind = 'dots' | 'stripes';
/** Map classes drawn with a pattern on top of their colour, and the pattern's ink. */
export const PATTERNS: Partial<Record<PaintClass, { kind: PatternKind; ink: string }>> = {
	allowed: { kind: 'dots', ink: '#ffffff' },
	home: { kind: 'stripes', ink: '#ffffff' },
	unreviewed: { kind: 'stripes', ink: '#8a8a8a' },
	loosened: { kind: 'dots', ink: '#ffffff' },
	new: { kind: 'stripes', ink: '#8a6d1a' }
};
