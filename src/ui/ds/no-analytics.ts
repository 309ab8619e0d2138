import { useRef } from 'preact/hooks';

/**
 * Stands in for the CMS design system's analytics (vite.config.ts resolves its modules here, in the
 * app's build): its Button and Alert measure their text for Tealium events that this app never
 * sends (they are off by default, and the app sends nothing about its users to anyone). The real
 * modules were 1.7 KB of JavaScript (0.6 KB gzip) of issue 8's budget. Button and Alert only attach
 * the refs and call `sendButtonEvent` on a click; the config module wants a default event sender.
 */
export default function useNoAnalytics() {
  return {
    contentRef: useRef<HTMLElement>(null),
    headingRef: useRef<HTMLElement>(null),
    bodyRef: useRef<HTMLElement>(null),
    sendButtonEvent: (): void => undefined,
  };
}

export const sendLinkEvent = (): void => undefined;
