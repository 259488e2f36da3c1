export const prerender = true;
// Folders with index.html work on every static host, including sub-folders of a news site.
export const trailingSlash = 'always';
