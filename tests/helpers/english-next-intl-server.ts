// next-intl's server functions for a page rendered outside a Next.js request (integration tests that
// call a page component directly): the reader's language is English, with the real catalogue.
// Use as jest.mock("next-intl/server", () => jest.requireActual("@/tests/helpers/english-next-intl-server")).
import { createTranslator } from "use-intl/core";
import { catalogues } from "@/lib/i18n/catalogues";

export const setRequestLocale = () => undefined;
export const getLocale = async () => "en";
export const getTranslations = async (namespace?: string) => createTranslator({ locale: "en", messages: catalogues.en, namespace: namespace as never, timeZone: "UTC" });
