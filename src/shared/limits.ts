/** Size caps for everything that crosses a boundary (page -> content -> background -> storage). */
export const LIMITS = {
  settingId: 80,
  settingValue: 200,
  readingsPerMessage: 60,
  page: 80,
  postKey: 300,
  url: 2000,
  excerpt: 140,
  evidence: 80,
  reasonsPerPost: 12,
  postsPerMessage: 50,
  scannedPerMessage: 1000,
  flaggedPerSite: 500,
  missingPerHealth: 60,
  dismissed: 5000,
} as const;
