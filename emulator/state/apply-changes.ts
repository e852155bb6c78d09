// Applies changes to a stored object and returns what they replaced (an event's
// `previous_attributes`), or undefined when nothing changed.
export function applyChanges<T extends object>(target: T, changes: Partial<T>): Partial<T> | undefined {
  const previous: Partial<T> = {};
  let changed = false;
  for (const key of Object.keys(changes) as (keyof T)[]) {
    const value = changes[key];
    if (value === undefined || JSON.stringify(target[key]) === JSON.stringify(value)) continue;
    previous[key] = structuredClone(target[key]);
    target[key] = value as T[keyof T];
    changed = true;
  }
  return changed ? previous : undefined;
}
