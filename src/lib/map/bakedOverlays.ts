/**
 * The first paint's overlays (patterns, US-forces hatching, uncertain rings: svgMarkup.ts) wait
 * in a template beside the baked map, and the page's first script draws them a frame after it:
 * drawn with the map, they made the first paint about 50 ms (a quarter) slower on the bench
 * machine. So a reader who never wakes the app still sees them. The SVG renderer, adopting the
 * map, removes what is baked, the template too, and draws the view's own.
 */
const TEMPLATE = 'map-overlays';

/** The template for the HTML, after the map's SVG. An `<svg>` makes its content SVG elements. */
export const bakedOverlaysMarkup = (overlays: string): string =>
	`<template id="${TEMPLATE}"><svg>${overlays}</svg></template>`;

/** Moves the overlays into the map, under its markers. */
export function drawBakedOverlays(doc: Document = document): void {
	const template = doc.getElementById(TEMPLATE);
	const svg = doc.querySelector('svg.svg-map');
	if (!(template instanceof HTMLTemplateElement) || !svg) return;
	template.remove();
	const overlays = doc.createDocumentFragment();
	overlays.append(...template.content.firstElementChild!.childNodes);
	svg.insertBefore(overlays, svg.querySelector('.marker'));
}

/** Forgets the overlays not yet drawn: the renderer draws its own. */
export const dropBakedOverlays = (doc: Document = document): void =>
	doc.getElementById(TEMPLATE)?.remove();
