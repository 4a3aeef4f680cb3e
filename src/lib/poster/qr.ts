import encodeQR from 'qr';

/**
 * A QR code for a printed address, made at build time (the `qr` package: no request, no script on the page).
 * Medium error correction, so a creased or smudged poster still scans. Returned as the module matrix (true =
 * dark) and as one SVG path, a rectangle per run of dark modules in a row, inside the quiet zone of four modules the standard
 * asks for around the symbol.
 */
export function qrCode(text: string): { modules: boolean[][]; size: number; path: string } {
  const quiet = 4;
  const bordered = encodeQR(text, 'raw', { ecc: 'medium', border: quiet });
  // One rectangle per run of dark modules in a row: "M3 4h2v1h-2z" is two modules from column 3 of row 4.
  const path = bordered
    .flatMap((row, y) =>
      row.flatMap((dark, x) => {
        if (!dark || row[x - 1]) return [];
        let run = 1;
        while (row[x + run]) run++;
        return [`M${x} ${y}h${run}v1h-${run}z`];
      }),
    )
    .join('');
  const modules = bordered.slice(quiet, -quiet).map((row) => row.slice(quiet, -quiet));
  return { modules, size: bordered.length, path };
}
