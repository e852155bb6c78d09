import { buildSnippet, EMBED_SANDBOX } from "./build-snippet";

describe("the snippet a newsroom pastes", () => {
  const snippet = buildSnippet({ appUrl: "https://support.example.org", placement: "footer", locale: "en", newsroomName: 'The "Ledger"' });

  it("reserves the box and frames the appeal without JavaScript", () => {
    expect(snippet).toMatch(/<div class="support-appeal support-appeal-footer" style="width:100%;height:\d+px/);
    expect(snippet).toContain('<noscript><iframe src="https://support.example.org/embed/footer"');
    expect(snippet).toContain(`sandbox="${EMBED_SANDBOX}"`);
    expect(EMBED_SANDBOX).not.toContain("allow-scripts");
    expect(EMBED_SANDBOX).not.toContain("allow-top-navigation ");
  });

  it("passes only the article's address and language from its loader", () => {
    const script = /<script>([\s\S]*)<\/script>/.exec(snippet)![1]!;
    expect(script).toContain('"?article="+encodeURIComponent(location.origin+location.pathname)');
    expect(script).toContain('"&lang="');
    expect(script).not.toMatch(/cookie|localStorage|referrer|userAgent|search|hash/);
  });

  it("keeps its loader within 3 kB gzipped", () => {
    const { gzipSync } = jest.requireActual<typeof import("node:zlib")>("node:zlib");
    const script = /<script>([\s\S]*)<\/script>/.exec(snippet)![1]!;
    expect(gzipSync(script).length).toBeLessThan(3 * 1024);
  });

  describe("for the banner", () => {
    const banner = buildSnippet({ appUrl: "https://support.example.org", placement: "banner", locale: "en", newsroomName: "The Ledger" });
    const script = /<script>([\s\S]*)<\/script>/.exec(banner)![1]!;

    it("opens its frame at #loader, so the button can stay in the frame and scroll to the footer appeal", () => {
      expect(script).toContain('f.src+="#loader"');
      expect(script).toContain('document.querySelector(".support-appeal-footer")');
      expect(script).toContain("scrollIntoView");
    });

    it("opens the appeal page in the article's language when the article has no footer appeal", () => {
      expect(script).toContain('location.href="https://support.example.org/"+(l?"?lang="+encodeURIComponent(l):"")');
    });

    it("keeps its loader within 3 kB gzipped and links to the appeal page without JavaScript", () => {
      const { gzipSync } = jest.requireActual<typeof import("node:zlib")>("node:zlib");
      expect(gzipSync(script).length).toBeLessThan(3 * 1024);
      expect(banner).toContain('<noscript><iframe src="https://support.example.org/embed/banner"');
    });
  });

  it("escapes the newsroom's name in the frame's title", () => {
    expect(snippet).toContain('title="Support The &quot;Ledger&quot;"');
  });
});
