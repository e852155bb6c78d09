// What every resource handler and flow gets: the state, the clock, and the event recorder.
import type Stripe from "stripe";
import type { EmulatorState } from "./state/emulator-state";

export const API_VERSION = "2026-11-18.endive";

export type EventOf<T extends Stripe.Event["type"]> = Extract<Stripe.Event, { type: T }>;
export type EventObject<T extends Stripe.Event["type"]> = EventOf<T>["data"]["object"];

export type EmulatorContext = {
  state: EmulatorState;
  /** Base URL of this emulator, for hosted page urls. */
  baseUrl(): string;
  /** Seconds since the epoch; a test clock's frozen time for objects on that clock. */
  now(testClock?: string | Stripe.TestHelpers.TestClock | null): number;
  /** Records an event with a snapshot of the object and queues its delivery. */
  emit<T extends Stripe.Event["type"]>(type: T, object: EventObject<T>, previousAttributes?: Partial<EventObject<T>>): EventOf<T>;
  /** Marks state as changed (persisted soon). */
  changed(): void;
  /** How many days before a renewal invoice.upcoming is sent (Stripe's "upcoming renewal events" setting). */
  upcomingDays: number;
  /** Wall-clock milliseconds before a bank debit without a test clock settles by itself; null waits for the control API. */
  debitDelayMs: number | null;
  /** The account's settlement currency: balance transactions are in it (STRIPE_EMULATOR_SETTLEMENT_CURRENCY). */
  settlementCurrency: string;
  /** The API request being handled, recorded on the events it causes (null for automatic ones). */
  request: Stripe.Event.Request | null;
};

export function clockId(testClock: string | Stripe.TestHelpers.TestClock | null | undefined): string | null {
  if (!testClock) return null;
  return typeof testClock === "string" ? testClock : testClock.id;
}
