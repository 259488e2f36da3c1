import { ELEMENT_PARAMS } from './elementQuery';

/**
 * The HTML a newsroom pastes to embed a view.
 *
 * A plain iframe cannot learn its content's height, so the snippet sizes it from its own width:
 * the wrapper is a size container and the iframe's height is computed in the container's width
 * (`cqw`), fitted above the embed's measured height at 300-1000 px (`npm run bench` prints the
 * measurements: test/bench/embed-heights.ts). With no country open it is the larger of two
 * straight lines: narrow columns need more height (the legend and controls wrap), wide ones a
 * little more for the larger map. With a country open the card takes the place of the toolbar,
 * chart and legend below 860 px, and of the slider too below 480 px, so the height steps at
 * those widths (a step is a steep line capped by min(): still one CSS expression). The
 * loader snippet carries the same iframe, which embed.js then sizes exactly from the page's
 * height messages; the fitted height is what readers get where a CMS strips scripts.
 */

/** Closed: max(a1 + b1·w, a2 + b2·w) in px for a frame w px wide. */
type Lines = readonly [a1: number, b1: number, a2: number, b2: number];
/**
 * Open: the embed's card has three layouts (layout.css), so the height is one per range of
 * widths: a phone's column (below PHONE px: the card under the map, no slider), a column
 * (a + b·w: the card under the map, with the slider), and beside the map (from SIDE px).
 */
interface Steps {
	phone: number;
	column: readonly [a: number, b: number];
	side: number;
}
/** The embed's breakpoints (layout.css, DetailsPanel.svelte): keep them in step. */
const PHONE = 480;
const SIDE = 860;

/**
 * Fitted above the highest of several countries' cards (Canada's and the United Kingdom's are
 * the tallest, Germany's is the bench's), at 2019-05-15, measured with test/bench/embed-heights.ts.
 */
const FITS = {
	controls: {
		closed: [1390, -0.867, 840, 0.167],
		open: { phone: 600, column: [612, 0.243], side: 935 }
	},
	bare: { closed: [1270, -0.85, 740, 0.13], open: { phone: 600, column: [548, 0.317], side: 840 } }
} as const satisfies Record<'controls' | 'bare', { closed: Lines; open: Steps }>;

export interface FrameOptions {
	/** The slider and chart are shown (controls=0 hides them). */
	controls: boolean;
	/** A country is open in the view. */
	country: boolean;
}

const fitsFor = (o: FrameOptions) => FITS[o.controls ? 'controls' : 'bare'];

/** The iframe's height for a frame `width` px wide: what the snippet's CSS computes. */
export function frameHeight(width: number, options: FrameOptions): number {
	const fits = fitsFor(options);
	if (!options.country) {
		const [a1, b1, a2, b2] = fits.closed;
		return Math.ceil(Math.max(a1 + b1 * width, a2 + b2 * width));
	}
	const { phone, column, side } = fits.open;
	if (width < PHONE) return phone;
	if (width < SIDE) return Math.ceil(column[0] + column[1] * width);
	return side;
}

const line = (a: number, b: number) => `calc(${a}px + ${+(b * 100).toFixed(2)}cqw)`;
/** 0 below `at` px of container width, far above any height from it on: a step in pure CSS. */
const from = (at: number, height: string) => `min(calc((100cqw - ${at - 1}px) * 1000), ${height})`;

/** The same as CSS, in the container's width: 100cqw is the frame's width. */
export function heightCss(options: FrameOptions): string {
	const fits = fitsFor(options);
	if (!options.country) {
		const [a1, b1, a2, b2] = fits.closed;
		return `max(${line(a1, b1)}, ${line(a2, b2)})`;
	}
	const { phone, column, side } = fits.open;
	return `max(${phone}px, ${from(PHONE, line(column[0], column[1]))}, ${from(SIDE, `${side}px`)})`;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function frame(embedUrl: string, title: string, options: FrameOptions): string {
	// height="…" is for browsers without container units (it fits a 600 px column).
	return `<iframe src="${attr(embedUrl)}" title="${attr(title)}" width="100%" height="${frameHeight(600, options)}" style="display:block;width:100%;border:0;height:${heightCss(options)}" loading="lazy" allow="clipboard-write"></iframe>`;
}

/**
 * The `<stance-map>` element: its script, then the tag with the embed's query as attributes and,
 * inside, the year's image with a link, which readers see until the script has run (or without
 * scripts). Sized by attributes, not a style, so a host with a strict CSP shows it too.
 */
export function elementSnippet(
	scriptUrl: string,
	query: string,
	fallback: { href: string; image: string; alt: string }
): string {
	const names: readonly string[] = ELEMENT_PARAMS;
	const attributes = [...new URLSearchParams(query)]
		.filter(([name]) => names.includes(name))
		.map(([name, value]) => ` ${name}="${attr(value)}"`)
		.join('');
	const image = `<img src="${attr(fallback.image)}" alt="${attr(fallback.alt)}" width="600" height="315">`;
	return `<script src="${attr(scriptUrl)}" async></script>\n<stance-map${attributes}><a href="${attr(fallback.href)}">${image}</a></stance-map>`;
}

/** A plain iframe in a size container: fits at 300-1000 px wide without a script. */
export function iframeSnippet(embedUrl: string, title: string, options: FrameOptions): string {
	return `<div style="container-type:inline-size">${frame(embedUrl, title, options)}</div>`;
}

/** The loader: the same iframe, then sized exactly by embed.js from the map's height messages. */
export function loaderSnippet(
	scriptUrl: string,
	embedUrl: string,
	query: string,
	title: string,
	options: FrameOptions
): string {
	return `<div data-stance-map="${attr(query)}" style="container-type:inline-size">${frame(embedUrl, title, options)}</div>\n<script src="${attr(scriptUrl)}" async></script>`;
}
