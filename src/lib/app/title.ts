/** The map's headline, on the page, in the embed, in downloads and in social previews. */
export const TITLE = 'Who shut out Huawei and ZTE?';
