// Where the site is served, in one place for the build (astro.config.mjs), the preview server and the browser
// tests (playwright.config.ts), so a test run on any port builds and checks the same addresses.
//   SITE_URL   the deployment's address, e.g. https://pedoman.example.id (absolute URLs, feeds, printed URLs)
//   BASE_PATH  the sub-path it lives under, e.g. /pedoman-kpai/ (default /)
//   PORT       the local preview's port (default 4321); without SITE_URL the site is built for that preview

export const port = Number(process.env.PORT || 4321);
export const previewUrl = `http://127.0.0.1:${port}`;
/** The deployment's address when one is configured: only then do printed pages show a permanent URL. */
export const deploymentUrl = process.env.SITE_URL?.trim() || undefined;
export const siteUrl = process.env.SITE_URL || previewUrl;
export const basePath = process.env.BASE_PATH || '/';
