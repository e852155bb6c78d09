// Settings: the snippet to paste into the article template, per placement, with a copy button
// (the same HTML as GET /embed/snippet; lib/embed/build-snippet.ts). Read only.
import { getConfig } from "@/lib/config/env";
import { placements } from "@/lib/embed/attribution";
import { buildSnippet } from "@/lib/embed/build-snippet";
import { CopySnippetButton } from "./copy-snippet-button";

export function EmbedSnippetSettings() {
  const config = getConfig();
  return (
    <section className="panel form-stack" aria-labelledby="embed-snippet-heading">
      <h2 id="embed-snippet-heading">Embedding the appeal</h2>
      <p className="muted">
        Paste a snippet into the article template. Only pages on the allowed origins (next section) may show it. The banner&apos;s button scrolls to the footer appeal when the article has both; without JavaScript, or
        without a footer appeal, it opens the appeal page.
      </p>
      {placements.map((placement) => {
        const id = `embed-snippet-${placement}`;
        return (
          <div key={placement}>
            <label htmlFor={id}>{placement === "footer" ? "Footer appeal (after the article)" : "Banner (top of the page)"}</label>
            <textarea id={id} readOnly rows={6} value={buildSnippet({ appUrl: config.APP_URL, placement, locale: "en", newsroomName: config.NEWSROOM_NAME })} />
            <CopySnippetButton target={id} />
          </div>
        );
      })}
    </section>
  );
}
