// What a reader of the docs trips over that a markdown renderer does not flag: a relative link to a
// file that is gone, an anchor no heading makes, a table row whose cells do not line up with its
// header (GitHub silently drops the extra cells or pads the missing ones). Pure functions over text,
// plus a file reader for the links' targets.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export type MarkdownProblem = { file: string; line: number; problem: string };

type Line = { number: number; text: string };

// Lines outside fenced code blocks, with their 1-based numbers.
function proseLines(markdown: string): Line[] {
  const lines: Line[] = [];
  let fence: string | null = null;
  markdown.split("\n").forEach((text, index) => {
    const opening = /^\s*(`{3,}|~{3,})/.exec(text);
    if (fence === null && opening?.[1]) fence = opening[1][0]!.repeat(opening[1].length);
    else if (fence !== null && text.trim().startsWith(fence)) fence = null;
    else if (fence === null) lines.push({ number: index + 1, text });
  });
  return lines;
}

// Code spans show their text literally: nothing inside them is a link.
function withoutCodeSpans(text: string): string {
  return text.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, "`code`");
}

// GitHub's heading ids (github-slugger): lower case, punctuation dropped, spaces to hyphens, and a
// -1, -2 suffix for repeats.
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text } of proseLines(markdown)) {
    const explicit = text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g);
    for (const [, id] of explicit) anchors.add(id!);
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(text);
    if (!heading?.[1]) continue;
    const rendered = heading[1]
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<[^>]+>/g, "")
      .replace(/[`*~]/g, "");
    const slug = rendered
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
      .replace(/ /g, "-");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

export type MarkdownLink = { line: number; target: string };

export function relativeLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  for (const { number, text } of proseLines(markdown)) {
    const prose = withoutCodeSpans(text);
    const inline = prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g);
    const reference = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/.exec(prose);
    const targets = [...[...inline].map((match) => match[1]!), ...(reference?.[1] ? [reference[1]] : [])];
    for (const target of targets) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) continue;
      links.push({ line: number, target });
    }
  }
  return links;
}

export type TableRowMismatch = { line: number; cells: number; headerCells: number };

// GitHub splits a row on every pipe not escaped by a backslash, inside code spans too.
function countCells(row: string): number {
  const cells = row.trim().split(/(?<!\\)\|/);
  if (cells[0]?.trim() === "") cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]?.trim() === "") cells.pop();
  return cells.length;
}

const delimiterRow = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

export function tableRowMismatches(markdown: string): TableRowMismatch[] {
  const lines = proseLines(markdown);
  const mismatches: TableRowMismatch[] = [];
  for (let index = 0; index + 1 < lines.length; index++) {
    const header = lines[index]!;
    const delimiter = lines[index + 1]!;
    const isTableStart = header.text.includes("|") && delimiter.number === header.number + 1 && delimiterRow.test(delimiter.text) && delimiter.text.includes("-");
    if (!isTableStart) continue;
    const headerCells = countCells(header.text);
    const delimiterCells = countCells(delimiter.text);
    if (delimiterCells !== headerCells) mismatches.push({ line: delimiter.number, cells: delimiterCells, headerCells });
    let next = index + 2;
    while (next < lines.length && lines[next]!.number === lines[next - 1]!.number + 1 && lines[next]!.text.includes("|") && lines[next]!.text.trim() !== "") {
      const cells = countCells(lines[next]!.text);
      if (cells !== headerCells) mismatches.push({ line: lines[next]!.number, cells, headerCells });
      next++;
    }
    index = next - 1;
  }
  return mismatches;
}

// Every problem in one markdown file of the repository at `root`.
export function checkMarkdownFile(root: string, file: string): MarkdownProblem[] {
  return checkMarkdown(root, file, readFileSync(path.join(root, file), "utf8"));
}

// The problems in `markdown` were it the file `file` of the repository at `root` (links are read
// relative to it).
export function checkMarkdown(root: string, file: string, markdown: string): MarkdownProblem[] {
  const problems: MarkdownProblem[] = [];
  for (const { line, target } of relativeLinks(markdown)) {
    const [linkedPath = "", anchor] = target.split("#", 2);
    const linkedFile = linkedPath === "" ? file : path.join(path.dirname(file), decodeURIComponent(linkedPath));
    const absolute = path.join(root, linkedFile);
    if (linkedPath !== "" && !existsSync(absolute)) {
      problems.push({ file, line, problem: `link to a missing file: ${target}` });
      continue;
    }
    if (anchor === undefined || anchor === "") continue;
    if (!linkedFile.endsWith(".md") || (linkedPath !== "" && statSync(absolute).isDirectory())) {
      problems.push({ file, line, problem: `anchor into a file that has no headings: ${target}` });
      continue;
    }
    const linkedMarkdown = linkedPath === "" ? markdown : readFileSync(absolute, "utf8");
    if (!headingAnchors(linkedMarkdown).has(decodeURIComponent(anchor))) {
      problems.push({ file, line, problem: `link to a missing heading: ${target}` });
    }
  }
  for (const { line, cells, headerCells } of tableRowMismatches(markdown)) {
    problems.push({ file, line, problem: `table row has ${cells} cells, its header ${headerCells}` });
  }
  return problems;
}
