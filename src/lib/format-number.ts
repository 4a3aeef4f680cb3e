const integer = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

/** 3883 → "3.883": a whole number as Indonesian readers write it. */
export function formatNumber(value: number): string {
  return integer.format(value);
}
