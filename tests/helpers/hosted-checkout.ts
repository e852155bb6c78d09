// Pays on the Stripe emulator's hosted Checkout page with a test card, as a reader does.
import type { Page } from "playwright-core";
import { baseUrl } from "./browser";

export async function payOnHostedPage(page: Page, { email, card = "4242 4242 4242 4242", button = "Donate" }: { email: string; card?: string; button?: "Donate" | "Subscribe" | "Pay" }) {
  await page.waitForURL((url) => !url.href.startsWith(baseUrl()));
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Card number").fill(card);
  await page.getByLabel("Expiration").fill("12 / 34");
  await page.getByLabel("CVC").fill("123");
  await page.getByLabel("Cardholder name").fill("Ada Reader");
  await page.getByRole("button", { name: button }).click();
}
