// Runs in the page before the app's own scripts on every navigation (see instrument.ts). Plain
// JavaScript read as text, so no compiler helper can leak into the page.
(() => {
  const probe = { marks: {}, inputs: [], commits: [] };
  window.__eaBench = probe;
  document.addEventListener('input', (e) => probe.inputs.push(e.timeStamp), true);

  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = transaction.apply(this, args);
    if (args[1] === 'readwrite') {
      tx.addEventListener('complete', () => probe.commits.push(performance.now()));
    }
    return tx;
  };

  // A task queued from requestAnimationFrame runs after the frame that rAF belongs to is painted.
  const watch = (selector, seen, painted) => {
    const check = () => {
      if (probe.marks[seen] !== undefined || !document.querySelector(selector)) return false;
      probe.marks[seen] = performance.now();
      requestAnimationFrame(() =>
        setTimeout(() => {
          probe.marks[painted] = performance.now();
          // How the bench learns of it without evaluating anything in the page (instrument.ts).
          console.debug(`ea-bench:${painted}`);
        }),
      );
      return true;
    };
    const observer = new MutationObserver(() => {
      if (check()) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  };
  // In-app navigation: clicks `link` and resolves with the ms until `target` is in the document
  // and painted (a fresh observer each time, unlike the once-per-document marks above).
  probe.clickAndTime = (link, target) =>
    new Promise((resolve) => {
      const start = performance.now();
      const observer = new MutationObserver(() => {
        if (!document.querySelector(target)) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
      });
      observer.observe(document, { childList: true, subtree: true });
      document.querySelector(link).click();
    });

  watch('main h1', 'firstScreen', 'firstScreenPaint');
  watch('li[data-application-id]', 'firstListItem', 'firstListItemPaint');
})();
