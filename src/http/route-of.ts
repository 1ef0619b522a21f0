/** The routes the server knows, so a span's name and attributes never hold a client's arbitrary path. */
export function routeOf(pathname: string): string {
  if (['/graphql', '/health', '/health/ready', '/health/live', '/metrics'].includes(pathname)) return pathname;
  if (pathname === '/explore' || pathname.startsWith('/explore/')) return '/explore';
  return 'other';
}
