// A TypeScript module the helpers import by its `.js` name, as compiled code would.
export const double = (n: number): number => n * 2;
