// Keeps state in a JSON file for `npm run dev`, so restarts keep customers and subscriptions.
// Writes are coalesced and atomic (write a temporary file, then rename).
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { createEmptyState, type EmulatorState } from "./emulator-state";

export function loadState(file: string | undefined): EmulatorState {
  if (!file || !existsSync(file)) return createEmptyState();
  const saved = JSON.parse(readFileSync(file, "utf8")) as Partial<EmulatorState>;
  return { ...createEmptyState(), ...saved };
}

export function createStateWriter(file: string | undefined, read: () => EmulatorState) {
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!file) return;
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(read()));
    renameSync(temporary, file);
  };
  return {
    schedule() {
      if (!file || timer) return;
      timer = setTimeout(flush, 100);
    },
    flush,
  };
}
