/**
 * A cluster's diameter in pixels: 8 more for each digit of its count, so the number always fits
 * inside the ring (4 px of border each side, about 7 px a digit at 12 px bold).
 * @example clusterSize(7) // 30
 * @example clusterSize(12345) // 62
 */
export const clusterSize = (count: number): number => 22 + 8 * String(Math.max(1, Math.round(count))).length;
