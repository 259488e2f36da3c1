import { readFileSync } from 'node:fs';
import { lab, lch, rgb } from 'd3-color';
import { describe, expect, it } from 'vitest';
import {
	DARK_MAP_COLORS,
	DARK_STANCE_COLORS,
	MAP_COLORS,
	PATTERNS,
	STANCE_COLORS
} from '../../src/lib/model/palette';
import { DARK, LIGHT } from '../../src/lib/map/style';
import { STANCES, type Stance } from '../../src/lib/model/types';

/** Machado, Oliveira & Fernandes (2009) full-severity simulation matrices, in linear RGB. */
const VISION: Record<string, number[][] | null> = {
	typical: null,
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};
const toLinear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

function seenAs(hex: string, matrix: number[][] | null) {
	const { r, g, b } = rgb(hex);
	if (!matrix) return lab(hex);
	const lin = [r, g, b].map(toLinear);
	const [R, G, B] = matrix.map((row) =>
		toSrgb(Math.min(1, Math.max(0, row[0] * lin[0] + row[1] * lin[1] + row[2] * lin[2])))
	);
	return lab(rgb(R, G, B));
}
const deltaE = (a: ReturnType<typeof lab>, b: ReturnType<typeof lab>) =>
	Math.hypot(a.l - b.l, a.a - b.a, a.b - b.b);

const pairs = STANCES.flatMap((a, i) =>
	STANCES.slice(i + 1).map((b) => [a, b] as [Stance, Stance])
);

/** The stances the map draws with a pattern on top of their colour. */
const PATTERNED = new Set(STANCES.filter((s) => PATTERNS[s]));

const PALETTES = [
	{ theme: 'light', colors: STANCE_COLORS, water: LIGHT.water, direction: 1 },
	{ theme: 'dark', colors: DARK_STANCE_COLORS, water: DARK.water, direction: -1 }
] as const;

const luminance = (hex: string) => {
	const { r, g, b } = rgb(hex);
	return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
};
/** WCAG contrast ratio. */
const contrast = (a: string, b: string) => {
	const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
	return (x + 0.05) / (y + 0.05);
};

describe('the dark palette', () => {
	it.each(Object.keys(VISION))(
		'reads severity as more ink in %s vision: contrast with the ocean falls from banned to none',
		(vision) => {
			const ramp = STANCES.filter((s) => !PATTERNED.has(s));
			const ink = (s: Stance) => {
				const seen = rgb(seenAs(DARK_STANCE_COLORS[s], VISION[vision])).formatHex();
				return contrast(seen, DARK.water);
			};
			for (let i = 1; i < ramp.length; i++)
				expect(ink(ramp[i - 1]), `${ramp[i - 1]} over ${ramp[i]}`).toBeGreaterThan(ink(ramp[i]));
		}
	);

	it('draws banned in a colour, not a near-white that reads as an empty country', () => {
		const { c } = lch(DARK_STANCE_COLORS.banned);
		expect(c).toBeGreaterThanOrEqual(20);
	});
});

describe('the first paint in the dark theme (app.css, before the app draws it)', () => {
	const css = readFileSync('src/lib/ui/app.css', 'utf8');
	const swaps = new Map(
		[
			...css.matchAll(/html\.asks-dark main \[fill='(#[0-9a-f]{6})'\] \{\s*fill: (#[0-9a-f]{6});/g)
		].map((m) => [m[1], m[2]])
	);
	/** The classes the prerendered map, chart and legend draw: every one but compare's moves. */
	const drawn = [...STANCES, 'home', 'unreviewed'] as const;

	it.each(drawn)('turns %s into its dark colour', (cls) => {
		expect(swaps.get(MAP_COLORS[cls])).toBe(DARK_MAP_COLORS[cls]);
	});

	it('draws a shape without a country code as not yet reviewed in the dark theme', () => {
		const rule = css.match(
			/main\[data-theme='dark'\] \.svg-map \.country:not\(\[data-id\]\) \{\s*fill: (#[0-9a-f]{6});/
		);
		expect(rule?.[1]).toBe(DARK_MAP_COLORS.unreviewed);
	});

	it('swaps no colour two classes share into different dark ones', () => {
		for (const a of drawn)
			for (const b of drawn)
				if (MAP_COLORS[a] === MAP_COLORS[b]) expect(DARK_MAP_COLORS[a]).toBe(DARK_MAP_COLORS[b]);
	});
});

describe.each(PALETTES)('the $theme stance palette', ({ colors, water, direction }) => {
	it.each(Object.keys(VISION))(
		'keeps every pair of stances apart (ΔE ≥ 15) in %s vision',
		(vision) => {
			const close = pairs.filter(
				([a, b]) =>
					deltaE(seenAs(colors[a], VISION[vision]), seenAs(colors[b], VISION[vision])) < 15
			);
			expect(close).toEqual([]);
		}
	);

	it('orders the unpatterned stances by severity in lightness, so greyscale keeps the order', () => {
		// Light page: banned darkest. Dark page: banned lightest. Either way, most contrast.
		const ramp = STANCES.filter((s) => !PATTERNED.has(s)).map((s) => lab(colors[s]).l);
		for (let i = 1; i < ramp.length; i++)
			expect(direction * (ramp[i] - ramp[i - 1])).toBeGreaterThanOrEqual(8);
	});

	it('gives the one stance off the lightness ramp a pattern, so it never rests on colour alone', () => {
		const ramp = STANCES.filter((s) => !PATTERNED.has(s));
		for (const s of PATTERNED) {
			const l = lab(colors[s]).l;
			const nearest = Math.min(...ramp.map((r) => Math.abs(lab(colors[r]).l - l)));
			expect(nearest, `${s} sits within the ramp's lightness, hence the pattern`).toBeLessThan(8);
		}
		expect(PATTERNED.size).toBe(1);
	});

	it('sets every country, even one with no action, apart from the ocean', () => {
		for (const vision of Object.keys(VISION))
			expect(
				deltaE(seenAs(colors.none, VISION[vision]), seenAs(water, VISION[vision]))
			).toBeGreaterThanOrEqual(10);
	});
});

describe('the compare view’s diverging palette', () => {
	const MOVES = ['tightened', 'loosened', 'new', 'unchanged', 'norecord'] as const;
	const movePairs = MOVES.flatMap((a, i) => MOVES.slice(i + 1).map((b) => [a, b] as const));
	const themes = [
		{ theme: 'light', colors: MAP_COLORS },
		{ theme: 'dark', colors: DARK_MAP_COLORS }
	] as const;
	it.each(themes.flatMap((t) => Object.keys(VISION).map((v) => [t.theme, v, t.colors] as const)))(
		'in the %s theme under %s vision, every two moves differ in colour or pattern',
		(_theme, vision, colors) => {
			for (const [a, b] of movePairs) {
				const differ = deltaE(seenAs(colors[a], VISION[vision]), seenAs(colors[b], VISION[vision]));
				const patternDiffers = PATTERNS[a]?.kind !== PATTERNS[b]?.kind;
				expect(differ > 12 || patternDiffers, `${a} vs ${b}: ΔE ${differ.toFixed(1)}`).toBe(true);
			}
		}
	);
	it('reads in greyscale: the unpatterned moves keep distinct lightness, tightened the darkest', () => {
		const plain = MOVES.filter((m) => !PATTERNS[m]);
		const l = plain.map((m) => lab(MAP_COLORS[m]).l);
		for (let i = 0; i < l.length; i++)
			for (let j = i + 1; j < l.length; j++) expect(Math.abs(l[i] - l[j])).toBeGreaterThan(15);
		expect(lab(MAP_COLORS.tightened).l).toBe(Math.min(...MOVES.map((m) => lab(MAP_COLORS[m]).l)));
	});
});
