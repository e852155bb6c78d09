// An error answered in Stripe's shape: `{"error": {"type", "code", "message", "param"}}` with its status.
export type StripeErrorType = "invalid_request_error" | "card_error" | "idempotency_error" | "api_error";

export type StripeErrorBody = {
  type: StripeErrorType;
  message: string;
  code?: string;
  param?: string;
  decline_code?: string;
  doc_url?: string;
};

export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message);
  }

  toJSON(): { error: StripeErrorBody } {
    return { error: this.body };
  }
}

export const missingParam = (param: string) => new StripeApiError(400, { type: "invalid_request_error", code: "parameter_missing", message: `Missing required param: ${param}.`, param });

export const invalidParam = (param: string, message: string, code = "parameter_invalid") => new StripeApiError(400, { type: "invalid_request_error", code, message, param });

export const resourceMissing = (noun: string, id: string, param = "id") => new StripeApiError(404, { type: "invalid_request_error", code: "resource_missing", message: `No such ${noun}: '${id}'`, param });

export const invalidState = (message: string, param?: string) => new StripeApiError(400, { type: "invalid_request_error", code: "invalid_request_state", message, ...(param ? { param } : {}) });
