const ASCII = /^[\x00-\x7f]*$/;

/** Plain ASCII text: lower-casing it keeps every position, and no accent or compatibility form is in it. */
export const isPlainAscii = (s: string): boolean => ASCII.test(s);
