import type { AstroIntegration } from 'astro';

// Warnings that are known, harmless and not the editor's to act on. Every MDX module starts with Astro's own
// "use astro:head-inject" directive, and the bundler warns that it ignores module-level directives.
const harmless = (warning: { code?: string; message?: string }) =>
  warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject');

/** Keeps the build log to what is worth reading: drops the known harmless bundler warnings, passes the rest on. */
export function quietBuild(): AstroIntegration {
  return {
    name: 'pedoman-quiet-build',
    hooks: {
      'astro:build:setup': ({ vite }) => {
        // Vite 8 reads the option per environment (client, ssr, prerender), so it is set on each.
        const builds = [vite.build, ...Object.values(vite.environments ?? {}).map((e) => e.build)];
        for (const build of builds) {
          if (!build) continue;
          const options = ((build as Record<string, unknown>).rolldownOptions ??= {}) as { onwarn?: (w: unknown, warn: (w: unknown) => void) => void };
          const before = options.onwarn;
          options.onwarn = (warning, warn) => {
            if (harmless(warning as { code?: string; message?: string })) return;
            if (before) before(warning, warn);
            else warn(warning);
          };
        }
      },
    },
  };
}
