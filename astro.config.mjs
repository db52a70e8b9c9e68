// The static site of the archive: built by `testaudit site` (or `npm run site`) from content/.
// `site` and `base` come from the command line (--site, --base) through the environment, so one
// config serves GitHub Pages project sites (/repo-name/) and user sites alike.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.TESTAUDIT_SITE || undefined,
  base: process.env.TESTAUDIT_BASE || '/',
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  vite: { logLevel: 'warn' },
});
