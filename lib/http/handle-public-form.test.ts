import { z } from "zod";
import { handlePublicForm, type PublicForm } from "./handle-public-form";

const APP_URL = "https://give.example.org";

const greeting: PublicForm<{ name: string }> = {
  schema: z.object({ name: z.string().min(1) }),
  invalid: () => ({ status: 400, json: { error: { code: "missing_name" } }, redirectTo: "/hello?error=missing_name" }),
  submit: async ({ name }) => ({ status: 200, json: { hello: name }, redirectTo: `/hello?name=${name}` }),
};

const post = (body: string, headers: Record<string, string>) => new Request(`${APP_URL}/api/hello`, { method: "POST", body, headers: { "x-forwarded-for": "203.0.113.7", ...headers } });
const form = (origin: string) => post("name=Ada", { "content-type": "application/x-www-form-urlencoded", origin });

describe("a public form post", () => {
  beforeAll(() => {
    process.env.APP_URL = APP_URL;
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/unused";
    process.env.LOG_LEVEL = "error";
  });

  it("answers a browser's form with a 303 to our own page, kept out of caches", async () => {
    const response = await handlePublicForm(form(APP_URL), greeting);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${APP_URL}/hello?name=Ada`);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers in JSON when the Accept header asks for it or the body is JSON", async () => {
    const accepts = await handlePublicForm(post("name=Ada", { "content-type": "application/x-www-form-urlencoded", origin: APP_URL, accept: "application/json" }), greeting);
    const sendsJson = await handlePublicForm(post(JSON.stringify({ name: "Ada" }), { "content-type": "application/json" }), greeting);
    for (const response of [accepts, sendsJson]) {
      expect(response.status).toBe(200);
      await expect(response.json()).resolves.toEqual({ hello: "Ada" });
    }
  });

  it("answers fields the schema refuses with the form's own refusal", async () => {
    const response = await handlePublicForm(post(JSON.stringify({ name: "" }), { "content-type": "application/json" }), greeting);
    expect(response.status).toBe(400);
    await expect(response.json()).resolves.toEqual({ error: { code: "missing_name" } });
  });

  it("refuses a form posted from another site, or from a sandboxed frame, by default", async () => {
    expect((await handlePublicForm(form("https://evil.example"), greeting)).status).toBe(403);
    expect((await handlePublicForm(form("null"), greeting)).status).toBe(403);
  });

  it("takes a form posted from anywhere when the form says so, and only that form", async () => {
    const embeddable: PublicForm<{ name: string }> = { ...greeting, postedFrom: "anywhere" };
    expect((await handlePublicForm(form("null"), embeddable)).status).toBe(303);
    expect((await handlePublicForm(form("null"), greeting)).status).toBe(403);
  });
});
