// The guard every test runs under (fixtures.ts) itself: a request that leaves this machine
// fails the test, as does an error in the console. (Expected to fail: that is the proof.)
import { test } from './fixtures';

test('a request to the internet fails the test', async ({ page }) => {
  test.fail();
  await page.goto('/web/');
  const sent = page.waitForEvent('request', (r) => r.url().startsWith('https://example.org/'));
  await page.evaluate(() => (new Image().src = 'https://example.org/tracker.gif'));
  await sent;
});

test('an error in the console fails the test', async ({ page }) => {
  test.fail();
  await page.goto('/web/');
  await page.evaluate(() => console.error('something broke'));
});
