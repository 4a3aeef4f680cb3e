/**
 * Where a file stops being valid UTF-8, as the editor sees it: the line and column of the first byte that is
 * not, or undefined when the whole file is valid. A file saved in another encoding (Windows-1252, say) would
 * otherwise reach the build with its letters replaced, or stop it with an unrelated message.
 *
 * @example firstInvalidUtf8(new Uint8Array([0x61, 0x0a, 0x62, 0xe9])) // { line: 2, column: 2 }
 */
export function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } | undefined {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      const lines = new TextDecoder('utf-8').decode(bytes.subarray(0, i)).split('\n');
      return { line: lines.length, column: lines.at(-1)!.length + 1 };
    }
    i += length;
  }
  return undefined;
}

/** The length of the valid UTF-8 sequence at `i`, or 0 when the bytes there are not one. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const [length, min, max] = b < 0x80 ? [1, 0, 0] : b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] : b === 0xe0 ? [3, 0xa0, 0xbf] : b >= 0xe1 && b <= 0xef && b !== 0xed ? [3, 0x80, 0xbf] : b === 0xed ? [3, 0x80, 0x9f] : b === 0xf0 ? [4, 0x90, 0xbf] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0];
  if (length <= 1) return length;
  const second = bytes[i + 1];
  if (second === undefined || second < min || second > max) return 0;
  for (let k = 2; k < length; k++) {
    const next = bytes[i + k];
    if (next === undefined || next < 0x80 || next > 0xbf) return 0;
  }
  return length;
}
