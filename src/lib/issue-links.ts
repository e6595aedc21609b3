/** Prefilled "new issue" links on the project's repository (pure: used at build time and in the browser). */
export function newIssueUrlFor(repository: string, title: string, body: string, labels: string[] = []): string {
  const params = new URLSearchParams({ title, body });
  if (labels.length) params.set('labels', labels.join(','));
  return `${repository.replace(/\/$/, '')}/issues/new?${params.toString()}`;
}
