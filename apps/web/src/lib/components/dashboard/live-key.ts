/** The key a dashboard page's load re-runs under (the server's DASHBOARD_DEPENDENCY in dashboard.server.ts). */
export const DASHBOARD_LIVE_KEY = 'live:dashboard';
