/**
 * An embed's HTML is prerendered for its default view, but most embeds name one (the share
 * tool's snippet carries the date and the open country), and some ask for a frame without the
 * slider or the title. Each of those changes the layout: the country's card takes the place of
 * the toolbar, chart and legend in a narrow frame, or a column of its own in a wide one. Applied
 * when the app starts, that would move the map the reader is already looking at (a layout shift
 * of 0.26 at a phone's width). This script runs in the head, before the first paint, and marks
 * the root with the layout the URL asks for, so the first paint already has it (layout.css reads
 * the marks); the app clears them once its own state draws that layout.
 *
 * Two more marks keep the prerendered map from showing what the app would take away: its baked
 * US-forces hatching when the URL hides US forces (`military=0`), and its light theme (below).
 *
 * The theme: the HTML is light, but the app draws the dark theme for a reader whose system
 * prefers it (the page always, an embed unless `theme=light`) and for an embed asking
 * `theme=dark`. Marked here, the first paint is already dark (app.css), and the map does not turn
 * dark under the reader's pointer when the app wakes.
 *
 * It is inline, allowed by its hash ($lib/app/inlineScripts), because a script file would hold up
 * the first paint by a request.
 */
export const ASKED_LAYOUT_SCRIPT =
	'{const q=new URLSearchParams(location.search),c=document.documentElement.classList,' +
	"t=q.get('theme'),e=/\\/embed\\/$/.test(location.pathname);" +
	"/^[A-Za-z]{3}$/.test(q.get('country')||'')&&c.add('asks-country');" +
	"q.get('controls')==='0'&&c.add('asks-no-controls');" +
	"q.get('title')==='0'&&c.add('asks-no-title');" +
	"q.get('military')==='0'&&c.add('asks-no-military');" +
	"(e&&t==='dark'||!(e&&t==='light')&&matchMedia('(prefers-color-scheme: dark)').matches)" +
	"&&c.add('asks-dark')}";

/** The marks the script may set. */
export const ASKED_LAYOUT_MARKS = [
	'asks-country',
	'asks-no-controls',
	'asks-no-title',
	'asks-no-military',
	'asks-dark'
];

/** The page's HTML with the script at the end of its head (pure: for the server hook). */
export function withAskedLayout(html: string): string {
	return html.replace('</head>', `<script>${ASKED_LAYOUT_SCRIPT}</script></head>`);
}

/** The app draws the layout from its own state now: the marks go. */
export function clearAskedLayout(doc: Document | undefined = globalThis.document): void {
	doc?.documentElement.classList.remove(...ASKED_LAYOUT_MARKS);
}
