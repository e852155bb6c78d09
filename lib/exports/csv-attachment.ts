// The answer to a dashboard CSV export: the stream as a download that no cache keeps.
export function csvAttachment(csv: ReadableStream<Uint8Array>, filename: string): Response {
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
