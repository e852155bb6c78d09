// What proxy.ts tells the pages about the reader, in request headers it sets itself (and strips
// from what the browser sent): the language it resolved, in the header next-intl reads, and the
// path the reader asked for, which the language switch sends them back to.
export const LOCALE_REQUEST_HEADER = "x-next-intl-locale";
export const READER_PATH_HEADER = "x-reader-path";

const staffPrefixes = ["/dashboard", "/signin"];

/** Reader pages get a language; the staff's pages are English. */
export function isReaderPath(pathname: string): boolean {
  return !pathname.startsWith("/api/") && !staffPrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}
