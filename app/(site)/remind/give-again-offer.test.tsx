import { renderToStaticMarkup } from "react-dom/server";
import { GiveAgainOffer } from "./give-again-offer";

describe("the give-again offer on the thank-you page", () => {
  it("posts to the reminder sign-up with the one-time gift as the kept choice, from the thank-you page", () => {
    const html = renderToStaticMarkup(<GiveAgainOffer amount={1250} currency="EUR" locale="en" />);
    expect(html).toContain('action="/api/reminders/sign-up"');
    expect(html).toContain('name="frequency" value="once"');
    expect(html).toContain('name="amount" value="12.50"');
    expect(html).toContain('name="currency" value="eur"');
    expect(html).toContain('name="source" value="thank-you"');
  });

  it("offers 3, 6 or 12 months", () => {
    const html = renderToStaticMarkup(<GiveAgainOffer locale="en" />);
    const radios = [...html.matchAll(/<input[^>]*name="when"[^>]*>/g)].map((match) => match[0]);
    const values = radios.map((radio) => /value="([^"]+)"/.exec(radio)?.[1]);
    expect(values).toEqual(["in-3-months", "in-6-months", "in-12-months"]);
  });

  it("speaks the page's language and sends it with the sign-up, so the emails are written in it", () => {
    const html = renderToStaticMarkup(<GiveAgainOffer locale="ru" />);
    expect(html).toContain('name="lang" value="ru"');
    expect(html).toContain("Через 6 месяцев");
    expect(html).not.toContain("In 6 months");
  });
});
