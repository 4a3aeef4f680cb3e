/**
 * KPAI's own website, linked wherever this site says it is not KPAI's official site. The address is the one
 * the project's reference cites KPAI's own pages from (kpai.go.id).
 */
export const officialSite = { url: 'https://www.kpai.go.id/', label: 'www.kpai.go.id' } as const;
