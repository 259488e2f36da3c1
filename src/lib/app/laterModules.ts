/**
 * A map page's own code (its components, the model, the words) is needed only once the app
 * starts: on the reader's first use ($lib/app/firstUse). Preloaded with the page, it would share
 * a phone's connection with the HTML and styles that paint the map, and delay that paint. The
 * prerendered page therefore keeps it in an inert <template>: SvelteKit lists the entry's
 * modules first, then each route node's from its first `nodes/` module on; those move. The
 * client puts them back when the app starts: on first use, or at once for a view the HTML does
 * not show. A reader who only scrolls past never downloads them.
 */
export const LATER_MODULES_ID = 'later-modules';

const PRELOAD = /<link href="[^"]+" rel="modulepreload">\s*/g;

/** The page's HTML with its route nodes' preloads held back in a template (pure: for the hook). */
export function holdBackNodeModules(html: string): string {
	const links = [...html.matchAll(PRELOAD)];
	const first = links.findIndex((m) => /\/nodes\/[^"]+"/.test(m[0]));
	if (first < 0) return html;
	const later = links.slice(first).map((m) => m[0].trim());
	let out = html;
	for (const link of later) out = out.replace(link, '');
	return out.replace(
		'</head>',
		`<template id="${LATER_MODULES_ID}">${later.join('')}</template></head>`
	);
}

/** Puts the held-back preloads into the document: the browser fetches them now. */
export function releaseLaterModules(doc: Document | undefined = globalThis.document): void {
	const template = doc?.getElementById(LATER_MODULES_ID) as HTMLTemplateElement | null;
	if (!template?.content) return;
	template.remove();
	doc!.head.append(template.content);
}
