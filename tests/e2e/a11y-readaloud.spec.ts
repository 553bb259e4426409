// Read aloud, with the browser's speech synthesis replaced by a recording stub (headless
// Chromium has no voices): offered only with a voice on the device for the course
// language (voices may arrive late), reads the page sentence by sentence in that
// language, marks the sentence being read, pauses, carries on and stops, by keyboard too.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations } from './a11y-support';
import { en } from './course-data';
import { BRITISH, stubSpeech } from './speech-stub';

const readButton = (page: Page) => page.locator('.read-aloud button').first();
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = CSS.highlights.get('read-aloud');
    return h ? [...h].map((r) => r.toString()).join('|') : null;
  });

test('no read aloud without a voice on this device for the course language', async ({ page }) => {
  await stubSpeech(page, [
    { name: 'Online British', lang: 'en-GB', localService: false },
    { name: 'Local French', lang: 'fr-FR', localService: true },
  ]);
  await page.goto('/web/#/endorphins/what');
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('.display-button')).toBeVisible();
  await expect(page.locator('.read-aloud')).toHaveCount(0);
});

test('read aloud appears when the voices arrive late', async ({ page }) => {
  await stubSpeech(page, [BRITISH], { late: true });
  await page.goto('/web/#/endorphins/what');
  await expect(page.getByRole('button', { name: en('readaloud.label') })).toBeVisible();
});

test('reads the page sentence by sentence in the course language, marking each, and pauses and stops', async ({ page }) => {
  await stubSpeech(page, [{ name: 'Local American', lang: 'en-US', localService: true }, BRITISH]);
  await page.goto('/web/#/endorphins/what');
  await expect(page.locator('article h1')).toBeVisible();
  const heading = await page.locator('article h1').textContent();

  await page.getByRole('button', { name: en('readaloud.label') }).click();
  let spoken = await page.evaluate(() => window.__speech.spoken);
  // The heading first; in the document's language, with the exact-language voice.
  expect(spoken).toEqual([{ text: heading, lang: 'en-GB', voice: 'Local British' }]);
  expect(await highlighted(page)).toBe(heading);

  await page.evaluate(() => window.__finishSentence());
  await page.evaluate(() => window.__finishSentence());
  spoken = await page.evaluate(() => window.__speech.spoken);
  const firstParagraph = (await page.locator('article p').first().textContent())!;
  // One sentence at a time: the paragraph's first two sentences, not the paragraph. (This
  // checks wording on purpose: how the paragraph of endorphins.what.p1 splits into sentences.)
  expect(spoken.slice(1).map((s) => s.text)).toEqual(['Acupuncture is an old treatment from China.', 'People have used it for more than 2,000 years.']);
  expect(firstParagraph.startsWith(spoken[1]!.text)).toBe(true);
  expect(await highlighted(page)).toBe('People have used it for more than 2,000 years.');
  // The sentence being read is marked: no axe problems with the mark and the controls.
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: en('readaloud.pause') }).click();
  await expect(page.getByRole('button', { name: en('readaloud.resume') })).toBeVisible();
  await page.getByRole('button', { name: en('readaloud.resume') }).click();
  await expect(page.getByRole('button', { name: en('readaloud.pause') })).toBeVisible();
  expect(await page.evaluate(() => window.__speech.calls)).toEqual(['pause', 'resume']);

  await page.getByRole('button', { name: en('readaloud.stop') }).click();
  await expect(page.getByRole('button', { name: en('readaloud.stop') })).toHaveCount(0);
  await expect(page.getByRole('button', { name: en('readaloud.label') })).toBeFocused();
  expect(await highlighted(page)).toBeNull();
  expect(await page.evaluate(() => window.__speech.calls.at(-1))).toBe('cancel');
});

test('reading ends by itself at the end of the page, and stops on a new page', async ({ page }) => {
  await stubSpeech(page, [BRITISH]);
  await page.goto('/web/#/endorphins/what');
  await expect(page.locator('article h1')).toBeVisible();
  await page.getByRole('button', { name: en('readaloud.label') }).click();
  const sentences = 1 + 2 + 1 + 2; // heading, then 2 + 1 + 2 sentences in the three paragraphs
  for (let i = 0; i < sentences; i++) await page.evaluate(() => window.__finishSentence());
  const spoken = await page.evaluate(() => window.__speech.spoken.map((s) => s.text));
  expect(spoken).toHaveLength(sentences);
  // Exactly the page's own text: not the header, the progress or the pager.
  const article = await page.locator('article').innerText();
  expect(spoken.join(' ')).toBe(article.replace(/\s+/g, ' ').trim());
  await expect(page.getByRole('button', { name: en('readaloud.label') })).toBeVisible();
  await expect(page.getByRole('button', { name: en('readaloud.stop') })).toHaveCount(0);
  expect(await highlighted(page)).toBeNull();

  await page.getByRole('button', { name: en('readaloud.label') }).click();
  await page.locator('nav.pager a.button').last().click();
  await expect(page.locator('main h1')).toBeFocused();
  await expect(page.getByRole('button', { name: en('readaloud.label') })).toBeVisible();
  expect(await page.evaluate(() => window.__speech.calls.at(-1))).toBe('cancel');
  expect(await highlighted(page)).toBeNull();
});

test('the read aloud controls work by keyboard alone', async ({ page }) => {
  await stubSpeech(page, [BRITISH]);
  await page.goto('/web/#/endorphins/how');
  await expect(page.locator('article h1')).toBeVisible();
  await expect(readButton(page)).toBeVisible();
  for (let i = 0; i < 10 && !(await readButton(page).evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: en('readaloud.label') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: en('readaloud.pause') })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: en('readaloud.resume') })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: en('readaloud.stop') })).toBeFocused();
  await page.keyboard.press('Enter');
  // Stop goes away; focus stays on the controls.
  await expect(page.getByRole('button', { name: en('readaloud.label') })).toBeFocused();
  expect(await page.evaluate(() => window.__speech.calls)).toEqual(['pause', 'cancel', 'resume']);
});
