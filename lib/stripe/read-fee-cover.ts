// How much of a Stripe payment was the reader's fee cover, from the metadata our checkout put on the
// session, its payment and its subscription: fee_cover (minor units) of fee_cover_total (the gift
// and the fee together). A subscription whose amount has since changed no longer carries it.
type Metadata = Record<string, string> | null | undefined;

const minor = (value: string | undefined): number | null => (value && /^\d{1,9}$/.test(value) ? Number(value) : null);

/** The fee cover in `total` minor units, or 0 when there is none (or the total is not the one it was added to). */
export function readFeeCover(metadata: Metadata, total: number): number {
  const fee = minor(metadata?.fee_cover);
  const of = minor(metadata?.fee_cover_total);
  if (fee === null || fee > total) return 0;
  return of === null || of === total ? fee : 0;
}
