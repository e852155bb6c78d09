// The docs a newcomer reads first stay short enough to read and never send them nowhere: every
// relative link reaches a file and a heading, every table row lines up with its header.
import { statSync } from "node:fs";
import path from "node:path";
import { checkMarkdown, checkMarkdownFile, headingAnchors, relativeLinks, tableRowMismatches } from "../helpers/check-markdown";

const root = path.join(__dirname, "../..");
const docs = ["README.md", "ARCHITECTURE.md", "bench/RESULTS.md", "emulator/README.md"];

describe("the project's documentation", () => {
  it("keeps ARCHITECTURE.md a map: under 12,000 bytes (figures and lab notes belong in bench/RESULTS.md)", () => {
    expect(statSync(path.join(root, "ARCHITECTURE.md")).size).toBeLessThan(12_000);
  });

  it.each(docs)("%s links only to files and headings that exist, and its table rows match their headers", (file) => {
    expect(checkMarkdownFile(root, file)).toEqual([]);
  });
});

describe("the markdown check", () => {
  it("reports a relative link to a missing file, and to a heading the linked file does not have", () => {
    const markdown = ["See [the map](ARCHITECTURE.md), [gone](docs/gone.md) and [nowhere](ARCHITECTURE.md#no-such-heading).", "", "Back to [the top](#nothing-here)."].join("\n");
    expect(checkMarkdown(root, "README.md", markdown)).toEqual([
      { file: "README.md", line: 1, problem: "link to a missing file: docs/gone.md" },
      { file: "README.md", line: 1, problem: "link to a missing heading: ARCHITECTURE.md#no-such-heading" },
      { file: "README.md", line: 3, problem: "link to a missing heading: #nothing-here" },
    ]);
  });

  it("reads a link relative to the file that holds it", () => {
    expect(checkMarkdown(root, "bench/RESULTS.md", "[map](../ARCHITECTURE.md) [wrong](ARCHITECTURE.md)")).toEqual([{ file: "bench/RESULTS.md", line: 1, problem: "link to a missing file: ARCHITECTURE.md" }]);
  });

  it("names headings as GitHub does: lower case, punctuation and code marks dropped, repeats numbered", () => {
    const anchors = headingAnchors(["# Stripe webhooks and the ledger (`lib/stripe`, `lib/supporters`)", "## Notes", "## Notes", "### Run 3: after the merge (2026-12-04, 18:08 UTC)"].join("\n"));
    expect([...anchors]).toEqual(["stripe-webhooks-and-the-ledger-libstripe-libsupporters", "notes", "notes-1", "run-3-after-the-merge-2026-12-04-1808-utc"]);
  });

  it("ignores links to other sites and links shown as code, in code spans or fenced blocks", () => {
    const markdown = ["[Stripe](https://stripe.com/docs) [mail](mailto:a@example.org) `[not](a-link.md)`", "```md", "[also not](a-link.md)", "# not a heading", "```", "[real](real.md)"].join("\n");
    expect(relativeLinks(markdown)).toEqual([{ line: 6, target: "real.md" }]);
    expect([...headingAnchors(markdown)]).toEqual([]);
  });

  it("reports a table row with more or fewer cells than its header, counting a pipe inside code as GitHub does", () => {
    const markdown = [
      "| setting | required | default |",
      "|---|---|---|",
      "| `PORT` | no | 3000 |",
      "| `LOG_LEVEL` | no |",
      "| `MODE` | no | `a | b` |",
      "| `ESCAPED` | no | `a \\| b` |",
      "",
      "| a | b |",
      "|---|---|",
      "| 1 | 2 |",
    ].join("\n");
    expect(tableRowMismatches(markdown)).toEqual([
      { line: 4, cells: 2, headerCells: 3 },
      { line: 5, cells: 4, headerCells: 3 },
    ]);
  });
});
