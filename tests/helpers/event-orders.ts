// Orders in which to deliver a scenario's events: every permutation of a small set, or seeded
// random shuffles with duplicates for a larger one.
export function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function shuffledWithDuplicates<T>(items: T[], count: number, seed = 42): T[][] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => {
    const order = [...items];
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const duplicates = Math.ceil(items.length / 4);
    for (let d = 0; d < duplicates; d++) order.splice(Math.floor(random() * (order.length + 1)), 0, items[Math.floor(random() * items.length)]!);
    return order;
  });
}

/** All orders when there are at most `maxForAll` items (5! = 120), else `count` random ones. */
export function deliveryOrders<T>(items: T[], count = 200, maxForAll = 5): T[][] {
  return items.length <= maxForAll ? permutations(items) : shuffledWithDuplicates(items, count);
}
