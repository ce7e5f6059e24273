// pdfjs's legacy build (the one Node 20 needs) carries core-js polyfills, and loading it replaces some
// of the process's own builtins for good: Array.prototype.push (core-js forces its own on V8 over an
// edge case of arrays longer than 2^32 − 2), JSON.parse and JSON.stringify (for proposals pdfjs does
// not use). Every push the parser makes and every JSON call of the server then runs through a
// JavaScript function the compiler cannot inline. A library is loaded through `keepingBuiltins`: what it
// ADDS (Promise.withResolvers, which pdfjs needs on Node 20) stays; what it REPLACES gets its native back.

/** The builtins a library may replace: the objects whose own functions the whole process calls. */
const HOLDERS: ReadonlyArray<readonly [string, object]> = [
  ['Array.prototype', Array.prototype],
  ['Array', Array],
  ['Object', Object],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['String', String],
  ['Number', Number],
  ['Math', Math],
  ['JSON', JSON],
  ['Promise', Promise],
  ['Promise.prototype', Promise.prototype],
  ['Map.prototype', Map.prototype],
  ['Set.prototype', Set.prototype],
  ['RegExp.prototype', RegExp.prototype],
  ['TypedArray.prototype', Object.getPrototypeOf(Uint8Array.prototype) as object],
];

type Snapshot = Array<{ holder: object; key: string | symbol; descriptor: PropertyDescriptor }>;

function snapshot(): Snapshot {
  return HOLDERS.flatMap(([, holder]) =>
    Reflect.ownKeys(holder).flatMap((key) => {
      const descriptor = Object.getOwnPropertyDescriptor(holder, key);
      return descriptor && typeof descriptor.value === 'function' ? [{ holder, key, descriptor }] : [];
    }),
  );
}

/** Loads a library, then puts back every builtin function its loading replaced. */
export async function keepingBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const before = snapshot();
  try {
    return await load();
  } finally {
    for (const { holder, key, descriptor } of before) {
      const now = Object.getOwnPropertyDescriptor(holder, key);
      if (now?.value !== descriptor.value) Object.defineProperty(holder, key, descriptor);
    }
  }
}
