// The site's public address when built with SITE_URL (vite.config.ts); empty otherwise.
declare const __SITE_URL__: string;
/** The corrections desk's link template (CORRECTIONS_URL at build time). */
declare const __CORRECTIONS_URL__: string;

declare module 'virtual:stance-map-element' {
	/** The `<stance-map>` element's script, bundled apart from the app (vite.config.ts). */
	const code: string;
	export default code;
}

declare module 'virtual:first-use-gate' {
	/** A map page's first script, bundled apart from the app (vite.config.ts). */
	const code: string;
	export default code;
}
