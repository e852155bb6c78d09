// Whether a public route answers in JSON or as a browser's form post is answered (a 303, or plain
// words). One rule for every route: JSON when the Accept header asks for it OR the body is JSON.
// A browser's form sends neither; a script that posts JSON wants JSON back even when it forgets
// the Accept header. (Until issue 22 the reminder and manage-link routes looked at Accept only.)
export function wantsJson(request: Request): boolean {
  const accept = request.headers.get("accept") ?? "";
  const type = request.headers.get("content-type") ?? "";
  return accept.includes("application/json") || type.includes("application/json");
}
