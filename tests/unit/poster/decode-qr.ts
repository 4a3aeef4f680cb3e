import jsQR from 'jsqr';

/**
 * Reads an SVG path of one-module-high rectangles ("M4 4h3v1h-3z…") back into pixels, `scale` to a module, and decodes them
 * with jsQR — an independent decoder — as a camera would read the printed square.
 */
export function decodeQrPath(path: string, size: number, scale = 6): string | undefined {
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let dy = 0; dy < scale; dy++) {
      for (let dx = 0; dx < Number(run) * scale; dx++) {
        const i = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
      }
    }
  }
  return jsQR(pixels, width, width)?.data;
}
