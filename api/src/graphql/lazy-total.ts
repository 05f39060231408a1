/**
 * A connection whose `totalCount` is counted only when a query selects it, and once however
 * often it is selected: most pages never show their total, and the count costs more than the page.
 */
export function withLazyTotal<C extends object>(connection: C, count: () => Promise<number>) {
  let counted: Promise<number> | undefined;
  return Object.defineProperty(connection, 'totalCount', {
    enumerable: true,
    get: () => {
      counted ??= count();
      return counted;
    },
  }) as C & { readonly totalCount: Promise<number> };
}
