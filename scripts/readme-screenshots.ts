// Takes the README's screenshots from the real app: real server, real Chromium, one application
// sent and one typed offline. Run after a build: npx tsx scripts/readme-screenshots.ts
import { ANA, AssistPage } from '../e2e/page-models/assist-page';
import { launchBrowser, waitForServiceWorkerControl } from '../e2e/support/browser';
import { ServerProcess } from '../e2e/support/server';

const server = await ServerProcess.start();
const browser = await launchBrowser({ viewport: { width: 900, height: 640 } });
try {
  const app = new AssistPage(browser.page);
  await app.open(server.url);
  await waitForServiceWorkerControl(browser.page);

  await app.startNew();
  await app.fill(ANA);
  await app.submit();
  await app.confirmationNumber().waitFor();
  await browser.page.screenshot({ path: 'docs/screenshots/receipt.png' });
  await app.backToList();

  await browser.context.setOffline(true);
  await app.startNew();
  await app.fill({
    ...ANA,
    firstName: 'Luis',
    lastName: 'Ortega',
    householdSize: '1',
    annualIncome: '23,400',
  });
  await app.submit();
  await app.state().filter({ hasText: 'Waiting to be sent' }).waitFor();
  await app.backToList();
  await browser.page.screenshot({ path: 'docs/screenshots/list-offline.png' });
} finally {
  await browser.close();
  await server.dispose();
}
