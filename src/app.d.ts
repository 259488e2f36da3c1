// The site's public address when built with SITE_URL (vite.config.ts); empty otherwise.
declare const __SITE_URL__: string;
/** The corrections desk's link template (CORRECTIONS_URL at build time). */
declare const __CORRECTIONS_URL__: string;
