import { useEffect, useState } from 'preact/hooks';

/**
 * The screens. `step` is a wizard step of a version-2 application; without it the application
 * opens where it was left. NOTE: the "Check eligibility" screens (screener track) add their routes
 * here, e.g. `{ name: 'check' }` at `/check`, and a link in components/AppNav.tsx.
 */
export type Route =
  | { name: 'list' }
  | { name: 'application'; id: string; step?: string }
  | { name: 'receipt'; id: string }
  | { name: 'languages' }
  | { name: 'signIn' }
  /** "Check eligibility": open to anyone, signed in or not; nothing is stored unless asked. */
  | { name: 'check' };

const APPLICATION_PATH = /^\/applications\/([0-9a-f-]{36})(?:\/([a-z-]+))?\/?$/;
const SIGN_IN_PATH = '/sign-in';
const CHECK_PATH = '/check';
/** The event the router listens for after a `history` change it made (or a test makes). */
export const ROUTE_CHANGED = 'enrollment-assist:route';

/**
 * Routes are real paths, so a reload (online or from the service worker's cached shell) comes back
 * to the same screen, and `#fragment` links keep their usual meaning (skip link, error summary).
 */
export function parseRoute(pathname: string): Route {
  if (pathname === '/languages') return { name: 'languages' };
  if (pathname === SIGN_IN_PATH) return { name: 'signIn' };
  if (pathname === CHECK_PATH) return { name: 'check' };
  const match = APPLICATION_PATH.exec(pathname);
  const id = match?.[1];
  if (!id) return { name: 'list' };
  const step = match[2];
  if (step === 'receipt') return { name: 'receipt', id };
  return step ? { name: 'application', id, step } : { name: 'application', id };
}

/** The routes that show the lock screen while no one has unlocked (the assister's screens). */
export function isLockScreenRoute(route: Route): boolean {
  return route.name === 'list' || route.name === 'application' || route.name === 'receipt';
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'application':
      return `/applications/${route.id}${route.step ? `/${route.step}` : ''}`;
    case 'receipt':
      return `/applications/${route.id}/receipt`;
    case 'languages':
      return '/languages';
    case 'signIn':
      return SIGN_IN_PATH;
    case 'check':
      return CHECK_PATH;
    default:
      return '/';
  }
}

/** Replaces the current entry (a redirect), so Back does not return to it. */
export function redirect(href: string): void {
  history.replaceState(null, '', href);
  window.dispatchEvent(new Event(ROUTE_CHANGED));
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
      const target = findTarget(doc, decodeURIComponent(url.hash.slice(1)));
      if (target) {
        if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
        target.focus();
      }
      return;
    }
    // The fragment travels along: the new screen moves focus to it once rendered (focusFragment).
    navigate(url.pathname + url.search + url.hash);
  };
  doc.addEventListener('click', onClick);
  return () => doc.removeEventListener('click', onClick);
}

/**
 * After a screen renders: focus the element the URL's `#fragment` names (an error link that
 * crossed to another step lands in its field), else the given heading. True when a fragment won.
 */
export function focusFragmentOr(heading: HTMLElement | null): boolean {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? findTarget(document, id) : null;
  if (target) {
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
    return true;
  }
  heading?.focus();
  return false;
}

/** The element a field link names: the input, or the first choice of a group of choices. */
function findTarget(doc: Document, id: string): HTMLElement | null {
  return doc.getElementById(id) ?? doc.getElementById(`${id}__choice--0`);
}
