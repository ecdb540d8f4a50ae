// Where a reader checks an FTS flow. FTS's public site shows each flow at /flows/<id>. We found no
// page of OCHA's documentation that spells the pattern out; we use it because independent public
// tools built on the FTS API link flows exactly this way (Development Initiatives' 2020 IATI
// COVID-19 prototype and several FTS scrapers), so it is the site's pattern, not one we made up.
// The API's own record of a flow is not linked: we found no documentation of a by-id endpoint.
export const FTS_PUBLISHER = 'OCHA Financial Tracking Service (FTS)';

export function ftsFlowUrl(flowId: string): string {
  return `https://fts.unocha.org/flows/${encodeURIComponent(flowId)}`;
}
