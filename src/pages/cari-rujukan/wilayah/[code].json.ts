// One province's regencies and services: what the finder loads when that province is chosen, and no sooner.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadProvinceDirectories } from '../../../site/referral';

export const getStaticPaths = (async () =>
  (await loadProvinceDirectories()).map((p) => ({ params: { code: p.code }, props: { directory: p.directory } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.directory), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
