// What a reader is told when a checkout is refused for a reason other than a field.
export const refusalMessages = {
  rate_limited: "There have been too many attempts from your connection. Please wait a few minutes and try again.",
  captcha_failed: "We could not confirm you are a person. Please complete the check and press Continue again.",
  rejected: "We could not take this request. Please reload the page and try again.",
  invalid_body: "We could not read your choice. Please choose again and press Continue.",
  checkout_unavailable: "We could not start the payment just now. Nothing was charged. Please try again in a minute.",
} as const;

export type RefusalCode = keyof typeof refusalMessages;

export function isRefusalCode(code: string): code is RefusalCode {
  return Object.hasOwn(refusalMessages, code);
}
