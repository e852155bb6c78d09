// Decodes Stripe's form encoding: bracket keys (`line_items[0][price_data][unit_amount]=500`,
// `expand[]=customer`) become nested objects and arrays, exactly as the SDK encodes them.
export type FormValue = string | FormValue[] | FormObject;
export type FormObject = { [key: string]: FormValue };

function splitKey(key: string): string[] {
  const first = key.indexOf("[");
  if (first === -1) return [key];
  const parts = [key.slice(0, first)];
  const pattern = /\[([^\]]*)\]/g;
  for (const match of key.slice(first).matchAll(pattern)) parts.push(match[1] ?? "");
  return parts;
}

function assign(target: FormObject, path: string[], value: string): void {
  let node: FormObject = target;
  for (let i = 0; i < path.length - 1; i++) {
    const part = path[i] === "" ? String(Object.keys(node).length) : (path[i] as string);
    const existing = node[part];
    if (existing === undefined || typeof existing === "string" || Array.isArray(existing)) {
      const child: FormObject = {};
      node[part] = child;
      node = child;
    } else {
      node = existing;
    }
  }
  const last = path[path.length - 1] as string;
  node[last === "" ? String(Object.keys(node).length) : last] = value;
}

/** Objects whose keys are all 0..n-1 were arrays on the client. */
function toArrays(value: FormValue): FormValue {
  if (typeof value === "string" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const converted: FormObject = {};
  for (const key of keys) converted[key] = toArrays(value[key] as FormValue);
  if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((key) => converted[key] as FormValue);
  }
  return converted;
}

export function parseForm(body: string): FormObject {
  const root: FormObject = {};
  for (const [key, value] of new URLSearchParams(body)) assign(root, splitKey(key), value);
  return toArrays(root) as FormObject;
}
