// A path whose percent-encoding does not decode (`%`, `%zz`, a truncated or invalid UTF-8 byte
// sequence such as `%E0%A4%A` or a lone surrogate `%ED%A0%BD`). Next.js decodes dynamic segments
// itself and, on Next 16.5, answers such a path with a bare 500 from inside its route module,
// before any of our code runs; proxy.ts refuses it with a 400 first.
export function isMalformedPath(pathname: string): boolean {
  if (!pathname.includes("%")) return false;
  for (const segment of pathname.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}
