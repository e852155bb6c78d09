// Two deliveries touching the same Stripe object can race to create the same row; the loser
// of the unique key simply runs again and finds the winner's row.
export async function retryOnUniqueViolation<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (code !== "P2002" || attempt >= attempts) throw error;
    }
  }
}
