import { createHash } from 'node:crypto';

/**
 * A short id from a stable key: the same key gives the same id in every store and run.
 * @example stableId('E', 'state:RU') // 'E5b0c…' (prefix + 10 hex digits)
 */
export function stableId(prefix: string, key: string): string {
  return `${prefix}${createHash('sha256').update(key).digest('hex').slice(0, 10)}`;
}
