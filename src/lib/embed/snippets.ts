import { ELEMENT_PARAMS } from './elementQuery';

/**
 * The HTML a newsroom pastes to embed a view.
 *
 * A plain iframe cannot learn its content's height, so the snippet sizes it from its own width:
 * the wrapper is a size container and the iframe's height is the larger of two straight lines in
 * the container's width (`cqw`), fitted above the embed's measured height at 300-1000 px
 * (`npm run bench` prints the measurements: test/bench/embed-heights.ts). Narrow columns need
 * more height (the legend and controls wrap), wide ones a little more for the larger map. The
 * loader snippet carries the same iframe, which embed.js then sizes exactly from the page's
 * height messages; the fitted height is what readers get where a CMS strips scripts.
 */

/** max(a1 + b1·w, a2 + b2·w) in px for a frame w px wide. */
type Fit = readonly [a1: number, b1: number, a2: number, b2: number];

const FITS: Record<'controls' | 'bare', Record<'closed' | 'open', Fit>> = {
	controls: { closed: [1390, -0.867, 840, 0.167], open: [1700, -0.826, 890, 0] },
	bare: { closed: [1270, -0.85, 740, 0.13], open: [1490, -0.8, 760, 0] }
};

export interface FrameOptions {
	/** The slider and chart are shown (controls=0 hides them). */
	controls: boolean;
	/** A country is open in the view. */
	country: boolean;
}

const fitFor = (o: FrameOptions) =>
	FITS[o.controls ? 'controls' : 'bare'][o.country ? 'open' : 'closed'];

/** The iframe's height for a frame `width` px wide: what the snippet's CSS computes. */
export function frameHeight(width: number, options: FrameOptions): number {
	const [a1, b1, a2, b2] = fitFor(options);
	return Math.ceil(Math.max(a1 + b1 * width, a2 + b2 * width));
}

/** The same as CSS, in the container's width: 100cqw is the frame's width. */
export function heightCss(options: FrameOptions): string {
	const [a1, b1, a2, b2] = fitFor(options);
	const line = (a: number, b: number) => `calc(${a}px + ${+(b * 100).toFixed(2)}cqw)`;
	return `max(${line(a1, b1)}, ${line(a2, b2)})`;
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
