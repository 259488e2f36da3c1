/**
 * The prerendered map, kept before the page's script starts. If that script cannot run (a stale
 * page after a deploy asks for a chunk that no longer exists), SvelteKit replaces the page with
 * its error page, and the error page puts this copy back: an embed in an article never goes blank.
 */
let kept: Node | null = null;

export function keepFirstPaint(doc: Document | undefined = globalThis.document) {
	kept = doc?.querySelector('[data-first-paint]')?.cloneNode(true) ?? null;
}

/** A fresh copy of the kept map, or null on a page that had none. */
export const firstPaintCopy = (): Node | null => kept?.cloneNode(true) ?? null;
