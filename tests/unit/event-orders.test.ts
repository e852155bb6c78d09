import { deliveryOrders, permutations, shuffledWithDuplicates } from "@/tests/helpers/event-orders";

describe("delivery orders for the ledger tests", () => {
  it("are every permutation of a small set", () => {
    const orders = permutations([1, 2, 3, 4]);
    expect(orders).toHaveLength(24);
    expect(new Set(orders.map((o) => o.join())).size).toBe(24);
  });
  it("are seeded shuffles that keep every item and add duplicates for a larger set", () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const orders = deliveryOrders(items, 200);
    expect(orders).toHaveLength(200);
    for (const order of orders) {
      expect(new Set(order)).toEqual(new Set(items));
      expect(order.length).toBe(items.length + 2);
    }
    expect(shuffledWithDuplicates(items, 5)).toEqual(shuffledWithDuplicates(items, 5));
  });
});
