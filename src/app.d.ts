// The site's public address when built with SITE_URL (vite.config.ts); empty otherwise.
declare const __SITE_URL__: string;
