// Chaos for the ledger's tests: deliveries duplicated, delayed, and sent out of order.
export type DeliveryChaos = {
  /** Probability (0..1) that a delivery is sent twice. */
  duplicateRate?: number;
  /** Each delivery waits a random 0..maxDelayMs before its first attempt. */
  maxDelayMs?: number;
  /** Events recorded by one API call or action are shuffled before delivery. */
  reorder?: boolean;
  /** Seed for a reproducible sequence (a small PRNG), default random. */
  seed?: number;
};

/** Parses STRIPE_EMULATOR_CHAOS: `duplicate=0.3,delay=500,reorder` (or `on` for all three). */
export function parseChaosSetting(value: string | undefined): DeliveryChaos | undefined {
  if (!value) return undefined;
  if (value === "on" || value === "true" || value === "1") return { duplicateRate: 0.3, maxDelayMs: 500, reorder: true };
  const chaos: DeliveryChaos = {};
  for (const part of value
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [key, raw] = part.split("=");
    if (key === "duplicate") chaos.duplicateRate = Number(raw ?? 0.3);
    else if (key === "delay") chaos.maxDelayMs = Number(raw ?? 500);
    else if (key === "reorder") chaos.reorder = raw === undefined || raw === "true" || raw === "1";
    else if (key === "seed") chaos.seed = Number(raw);
    else throw new Error(`STRIPE_EMULATOR_CHAOS: unknown part "${part}" (use duplicate=0.3,delay=500,reorder,seed=1)`);
  }
  return chaos;
}

/** mulberry32: tiny deterministic PRNG so a seeded chaos run can be replayed. */
export function createRandom(seed = Math.floor(Math.random() * 2 ** 32)): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
