// Debian's Chromium driven by playwright-core; never a downloaded browser. Each launch gets
// a fresh temporary profile (Playwright's default), and the flags keep it off the network.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export type BrowserSession = { browser: Browser; context: BrowserContext; close: () => Promise<void> };

/** locale: the browser's language (its Accept-Language and navigator.language), e.g. "ru-RU". */
export async function launchBrowser(options: { javaScriptEnabled?: boolean; locale?: string } = {}): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, ...(options.locale ? { locale: options.locale } : {}) });
  return {
    browser,
    context,
    async close() {
      await context.close();
      await browser.close();
    },
  };
}

let screenshotDir: string | undefined;

/** Where a spec saves a screenshot for people to review: a temporary folder of this test file's own. */
export function screenshotPath(name: string): string {
  screenshotDir ??= mkdtempSync(path.join(tmpdir(), "e2e-screenshots-"));
  return path.join(screenshotDir, name);
}

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error("E2E_BASE_URL is not set: run end-to-end tests through jest's e2e project");
  return url;
}
