/** GitHub Actions annotations; moved to src/formats/github.ts with the other output formats (this path stays for existing imports). */
export { githubAnnotations, GITHUB_ANNOTATION_LIMIT } from '../formats/github.js';
