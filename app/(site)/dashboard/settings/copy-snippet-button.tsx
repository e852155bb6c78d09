"use client";
// Copies a snippet's text (embed-snippet-settings.tsx). Without JavaScript the text is still there to select.
import { useState } from "react";

export function CopySnippetButton({ target }: { target: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    const text = (document.getElementById(target) as HTMLTextAreaElement | null)?.value ?? "";
    await navigator.clipboard.writeText(text);
    setCopied(true);
  }
  return (
    <p>
      <button type="button" onClick={copy}>
        Copy snippet
      </button>{" "}
      <span role="status">{copied ? "Copied." : ""}</span>
    </p>
  );
}
