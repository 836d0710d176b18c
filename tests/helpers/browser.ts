import type { Page } from 'playwright-core';

/** Records what a page must not do: console errors and warnings, uncaught errors, and every request it makes. */
export function watchPage(tab: Page): { problems: string[]; requests: string[] } {
  const problems: string[] = [];
  const requests: string[] = [];
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('request', (request) => requests.push(request.url()));
  return { problems, requests };
}
