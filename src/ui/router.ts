import { useEffect, useState } from 'preact/hooks';

export type Route = { name: 'list' } | { name: 'application'; id: string } | { name: 'signIn' };

const APPLICATION_PATH = /^\/applications\/([0-9a-f-]{36})\/?$/;
const SIGN_IN_PATH = '/sign-in';
const ROUTE_CHANGED = 'enrollment-assist:route';

/**
 * Routes are real paths, so a reload (online or from the service worker's cached shell) comes back
 * to the same screen, and `#fragment` links keep their usual meaning (skip link, error summary).
 */
export function parseRoute(pathname: string): Route {
  if (pathname === SIGN_IN_PATH) return { name: 'signIn' };
  const match = APPLICATION_PATH.exec(pathname);
  return match?.[1] ? { name: 'application', id: match[1] } : { name: 'list' };
}

export function hrefFor(route: Route): string {
  if (route.name === 'signIn') return SIGN_IN_PATH;
  return route.name === 'application' ? `/applications/${route.id}` : '/';
}

export function navigate(href: string): void {
  history.pushState(null, '', href);
  window.dispatchEvent(new Event(ROUTE_CHANGED));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.pathname));
    window.addEventListener('popstate', update);
    window.addEventListener(ROUTE_CHANGED, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(ROUTE_CHANGED, update);
    };
  }, []);
  return route;
}

/**
 * One click handler for every link: same-origin paths change the route without a page load, and
 * in-page `#id` links move keyboard focus to their target (an error-summary link lands in its
 * field; the skip link lands on the main region), which browsers do not do by themselves.
 */
export function interceptLinks(doc: Document): () => void {
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    if (
      !(anchor instanceof HTMLAnchorElement) ||
      anchor.target ||
      anchor.hasAttribute('download')
    ) {
      return;
    }
    const url = new URL(anchor.href);
    if (url.origin !== location.origin) return;
    event.preventDefault();
    if (url.pathname === location.pathname && url.hash) {
      const target = doc.getElementById(decodeURIComponent(url.hash.slice(1)));
      if (target) {
        if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
        target.focus();
      }
      return;
    }
    navigate(url.pathname + url.search);
  };
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}
