/**
 * A map page's code (SvelteKit's client, Svelte, the app) is needed only once the app starts: on
 * the reader's first use ($lib/app/firstUse). Preloaded and run with the page, it would share a
 * phone's connection with the HTML that paints the map, and its evaluation would share the main
 * thread with that paint. The prerendered page therefore keeps it inert: the preloads in a
 * <template> at the end of the head, SvelteKit's inline start script in a <template> where the
 * script was (its parent is the element the app hydrates). The files the app fetches as it starts
 * (the dataset) wait beside the preloads, as preloads of their own, so they download with the code
 * rather than after it. The page's first script ($lib/app/gate) starts it: on first use, or at once
 * for a view the HTML does not show. A reader who only scrolls past downloads and runs none of it.
 */
export const LATER_MODULES_ID = 'later-modules';
export const LATER_START_ID = 'later-start';

const PRELOAD = /<link href="[^"]+" rel="modulepreload">\s*/g;
/** The pages' relative way up to the site's root, as SvelteKit writes it before its own folder. */
const ROOT = /<link href="([^"]*)_app\/immutable\/[^"]+" rel="modulepreload">/;
/** SvelteKit's start: the one inline classic script that calls `kit.start`. */
const START = /<script>(?:(?!<\/script>)[\s\S])*?kit\.start\([\s\S]*?<\/script>/;

/**
 * The page's HTML with its code held back, and `firstScript`, the one that lets it go, where the
 * start script was; `fetches` are the asset paths (`/data/…`) the app fetches as it starts (pure:
 * for the server hook).
 */
export function holdBackApp(html: string, firstScript: string, fetches: string[] = []): string {
	const start = html.match(START)?.[0];
	if (!start) throw new Error("SvelteKit's start script not found: update laterModules.ts");
	if (/<\/script/i.test(firstScript)) throw new Error('A first script must not close its tag');
	// `vite dev` preloads no modules, so nothing says where the root is: the app fetches alone.
	const root = html.match(ROOT)?.[1];
	// `crossorigin` makes the preload's request the one fetch() sends, so fetch() takes it.
	const preloads = (root === undefined ? [] : fetches).map(
		(path) =>
			`<link rel="preload" as="fetch" href="${root}${path.slice(1)}" crossorigin="anonymous">`
	);
	const links = [...html.matchAll(PRELOAD)].map((m) => m[0]);
	let out = html.replace(
		start,
		() => `<template id="${LATER_START_ID}">${start}</template><script>${firstScript}</script>`
	);
	for (const link of links) out = out.replace(link, '');
	const held = [...links.map((l) => l.trim()), ...preloads].join('');
	return out.replace('</head>', `<template id="${LATER_MODULES_ID}">${held}</template></head>`);
}

/**
 * Starts the app: the preloads go into the head (the browser fetches them), and a copy of the
 * start script goes where the script was, which runs it (a script from a template has never run).
 * The Content-Security-Policy allows it by the hash SvelteKit gave it.
 */
export function startLaterApp(doc: Document = document): void {
	const modules = doc.getElementById(LATER_MODULES_ID) as HTMLTemplateElement | null;
	if (modules) {
		modules.remove();
		doc.head.append(modules.content);
	}
	const start = doc.getElementById(LATER_START_ID) as HTMLTemplateElement | null;
	if (!start) return;
	const script = start.content.querySelector('script')!;
	const copy = doc.createElement('script');
	copy.textContent = script.textContent;
	start.replaceWith(copy);
}
