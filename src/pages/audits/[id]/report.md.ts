// The audit's report.md, published beside its dashboard.
import type { APIRoute } from 'astro';
import { loadAudits, reportText } from '../../../site/data.js';

export function getStaticPaths() {
  return loadAudits()
    .filter((a) => reportText(a.audit.id) !== null)
    .map((a) => ({ params: { id: a.audit.id } }));
}

export const GET: APIRoute = ({ params }) => new Response(reportText(params.id!) ?? '', { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
