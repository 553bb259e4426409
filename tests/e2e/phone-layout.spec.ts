// A phone is the main patient device (issue 13): the header leaves the screen to the page,
// the on-device notice is said once, a question's Check answer shows on a laptop without
// scrolling, the relief timeline's labels sit under the slider's stops in every language
// and text size, and the header's settings say what they hold.
import type { Page } from '@playwright/test';
import { test, expect, laterPartsIn, openPreview } from './fixtures';
import { en, loadCourse, textOf } from './course-data';
import { go, useComfort } from './a11y-support';
import { courseUrl } from './walk';
import { BRITISH, stubSpeech } from './speech-stub';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };
/** The share of a phone's screen the header (with where progress stands) may take. */
const HEADER_SHARE = 0.15;

/** How far down the page the course's own content starts: everything above it is the header. */
const chromeHeight = (page: Page) => page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().top + window.scrollY);

for (const locale of ['en-GB', 'cy', 'ar']) {
  test(`on a phone (${locale}) the header takes at most ${HEADER_SHARE * 100}% of the screen, and the on-device notice shows once`, async ({ page }) => {
    const t = textOf(locale);
    await page.setViewportSize(PHONE);
    await page.goto(courseUrl(locale));
    // The start screen says where progress is kept…
    await expect(page.getByText(t('app.localNotice'))).toBeVisible();
    // (Taps before the course's scripts have arrived: first-screen.spec.ts.)
    await laterPartsIn(page);
    await page.getByRole('link', { name: t('start.start') }).click();
    await expect(page.locator('main h1')).toBeFocused();
    // …a page of the course does not, and its header is small: the title, the menu and one setting.
    await expect(page.getByText(t('app.localNotice'))).toHaveCount(0);
    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: t('app.menu') })).toBeVisible();
    await expect(header.getByRole('button', { name: t('display.open') })).toBeVisible();
    await expect(header.locator('.save-status')).toHaveText(t('tracking.saved'));
    expect(await chromeHeight(page)).toBeLessThanOrEqual(PHONE.height * HEADER_SHARE);
    // Still there to read in the course menu.
    await header.getByRole('link', { name: t('app.menu') }).click();
    await expect(page.getByText(t('app.localNotice'))).toBeVisible();
  });
}

test('on a phone with a voice, Read aloud sits at the top of the page, not in the header, which stays small', async ({ page }) => {
  // A device voice for English, as most phones have: the read aloud controls show.
  await stubSpeech(page, [BRITISH]);
  await page.setViewportSize(PHONE);
  await page.goto('/web/#/endorphins/how');
  await expect(page.locator('article h1')).toBeVisible();
  const read = page.getByRole('main').getByRole('button', { name: en('readaloud.label') });
  await expect(read).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: en('readaloud.label') })).toHaveCount(0);
  expect(await chromeHeight(page)).toBeLessThanOrEqual(PHONE.height * HEADER_SHARE);
  // Above the page's heading, so it is met first.
  const [button, heading] = [await read.boundingBox(), await page.locator('article h1').boundingBox()];
  expect(button!.y + button!.height).toBeLessThanOrEqual(heading!.y + 1);
});

test('in an LMS on a phone, Save and close is in the course menu, not the header, which stays small', async ({ page }) => {
  const course = await openPreview(page, '1.2');
  // The LMS shows the course in a phone-sized frame.
  await page.locator('iframe[title="Course"]').evaluate((f: HTMLIFrameElement, size) => {
    f.style.width = `${size.width}px`;
    f.style.height = `${size.height}px`;
  }, PHONE);
  await expect.poll(() => course.locator('html').evaluate(() => innerWidth)).toBe(PHONE.width);
  await course.getByRole('link', { name: en('start.start') }).click();
  await expect(course.locator('main h1')).toBeFocused();
  const header = course.getByRole('banner');
  await expect(header.getByRole('button', { name: en('tracking.saveAndClose') })).toBeHidden();
  expect(await course.locator('main').evaluate((m) => m.getBoundingClientRect().top + window.scrollY)).toBeLessThanOrEqual(PHONE.height * HEADER_SHARE);
  await header.getByRole('link', { name: en('app.menu') }).click();
  const close = course.getByRole('main').getByRole('button', { name: en('tracking.saveAndClose') });
  await expect(close).toBeVisible();
  // It still asks first; keeping on working is the way out.
  await close.click();
  await expect(course.getByRole('dialog', { name: en('tracking.closeQuestion') })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(course.getByRole('dialog', { name: en('tracking.closeQuestion') })).toBeHidden();
});

test('on a laptop, Check answer shows without scrolling for every question of the part checks', async ({ page }) => {
  const data = await loadCourse();
  await page.setViewportSize(LAPTOP);
  await page.goto('/web/');
  const hidden: string[] = [];
  for (const m of data.modules) {
    const check = data.pageOf(m.id, 'quiz');
    if (!check || check.kind !== 'quiz') continue;
    await go(page, `#/${m.id}/${check.id}`);
    for (const [i, q] of check.questions.entries()) {
      await expect(page.locator('fieldset.question .prompt')).toHaveText(data.t(q.prompt));
      const box = await page.getByRole('button', { name: en('quiz.check') }).boundingBox();
      if (!box || box.y + box.height > LAPTOP.height) hidden.push(`${m.id} q${i + 1}`);
      // Answered right, on to the next.
      const key = data.answerFor(data.t(q.prompt));
      if (key.right.kind === 'choice') {
        const multiple = (await page.locator('fieldset.question input[type="checkbox"]').count()) > 0;
        for (const o of key.right.options) await page.getByRole(multiple ? 'checkbox' : 'radio', { name: o, exact: true }).check();
      } else {
        for (const { item, category } of key.right.placements) {
          await page.getByRole('group', { name: item, exact: true }).getByRole('radio', { name: category, exact: true }).check();
        }
      }
      await page.getByRole('button', { name: en('quiz.check') }).click();
      const last = i === check.questions.length - 1;
      await page.getByRole('button', { name: en(last ? 'quiz.seeResult' : 'quiz.nextQuestion') }).click();
    }
  }
  // Most questions: the long sorting question may scroll.
  const total = data.checkQuestions().length;
  expect(hidden.length, `Check answer below the screen at ${hidden.join(', ')}`).toBeLessThanOrEqual(Math.floor(total / 10));
});

/** Where the slider's thumb is centred at each stop, and where each label's number is centred. */
async function stopsAndLabels(page: Page) {
  const slider = page.getByRole('slider');
  const max = Number(await slider.getAttribute('max'));
  const thumbs: number[] = [];
  for (let v = 0; v <= max; v++) {
    await slider.focus();
    await page.keyboard.press(v === 0 ? 'Home' : 'ArrowRight');
    await expect(slider).toHaveValue(String(v));
    // The thumb's centre, from where a click on the track lands the value: Chromium puts a
    // thumb of width t at left + t/2 + v/max × (width − t); t is the thumb's own size.
    thumbs.push(
      await slider.evaluate((el: HTMLInputElement, value) => {
        const r = el.getBoundingClientRect();
        const probe = document.createElement('div');
        probe.style.inlineSize = 'var(--thumb)';
        el.parentElement!.append(probe);
        const t = probe.getBoundingClientRect().width;
        probe.remove();
        return r.left + t / 2 + (value / Number(el.max)) * (r.width - t);
      }, v),
    );
  }
  const labels = await page
    .locator('.timeline .ticks .tick-n')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ centre: r.left + r.width / 2, left: r.left, right: r.right })));
  return { thumbs, labels };
}

const cases = [
  { locale: 'en-GB', textSize: 100 },
  { locale: 'cy', textSize: 100 },
  { locale: 'ar', textSize: 100 },
  { locale: 'en-GB', textSize: 200 },
  { locale: 'cy', textSize: 200 },
] as const;

for (const { locale, textSize } of cases) {
  test(`relief timeline on a phone (${locale}, text ${textSize}%): each label sits under its stop, and nothing is cut off`, async ({ page }) => {
    if (textSize !== 100) await useComfort(page, { textSize });
    await page.setViewportSize(PHONE);
    await page.goto(courseUrl(locale, '#/expect/timeline'));
    // The page's part downloads after the start screen: room for a busy machine.
    await expect(page.locator('.timeline')).toBeVisible({ timeout: 15_000 });
    const { thumbs, labels } = await stopsAndLabels(page);
    expect(labels).toHaveLength(thumbs.length);
    for (const [i, x] of thumbs.entries()) expect(Math.abs(labels[i]!.centre - x), `label ${i + 1}`).toBeLessThanOrEqual(3);
    // Every word of the chart and the labels is on the screen, none over another.
    const boxes = await page
      .locator('.timeline :is(.axis-name, .ticks li, .tick-n, .tick-words)')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(PHONE.width);
    }
    const words = await page
      .locator('.timeline .tick-words')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })));
    for (const [i, a] of words.entries()) {
      for (const b of words.slice(i + 1)) {
        const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap, 'two labels overlap').toBe(false);
      }
    }
  });
}

test("the relief timeline's own words grow with the text size", async ({ page }) => {
  await page.setViewportSize(PHONE);
  const sizes: number[][] = [];
  for (const textSize of [100, 200] as const) {
    await page.goto('/web/');
    await page.evaluate((s) => localStorage.setItem('course-comfort-settings', JSON.stringify({ v: 1, textSize: s })), textSize);
    // A new hash alone is not a new page: reload, so the course reads the setting at start-up.
    await page.goto('/web/#/expect/timeline');
    await page.reload();
    await expect(page.locator('.timeline')).toBeVisible();
    sizes.push(
      await page
        .locator('.timeline :is(.axis-name, .point text)')
        .evaluateAll((els) => els.map((e) => (e instanceof SVGGraphicsElement ? e.getBoundingClientRect().height : parseFloat(getComputedStyle(e).fontSize)))),
    );
  }
  const [normal, large] = sizes as [number[], number[]];
  expect(normal.length).toBeGreaterThanOrEqual(6);
  for (const [i, n] of normal.entries()) expect(large[i]! / n, `text ${i + 1} of the chart`).toBeGreaterThan(1.7);
});

test('the endorphin diagram: each marker sits on its place; at the last step Next looks unavailable, Back not the main button', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/web/#/endorphins/pathway');
  const markers = page.locator('.pathway .marker circle');
  const stops = page.locator('.pathway .stop');
  await expect(markers).toHaveCount(3);
  const centre = (r: { x: number; y: number; width: number; height: number }) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });
  for (let i = 0; i < 3; i++) {
    const m = centre((await markers.nth(i).boundingBox())!);
    // On its stop: the marker's centre inside the shape it names.
    const inside = await stops.evaluateAll(
      (els, p) =>
        els.filter((e) => {
          const r = e.getBoundingClientRect();
          return p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom;
        }).length,
      m,
    );
    expect(inside, `marker ${i + 1} on a place in the drawing`).toBeGreaterThanOrEqual(1);
  }
  // To the last step by keyboard.
  const next = page.getByRole('button', { name: en('endorphins.pathway.next') });
  const back = page.getByRole('button', { name: en('endorphins.pathway.previous') });
  await next.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.locator('.pathway .progress')).toHaveText(en('endorphins.pathway.progress', { current: 3, total: 3 }));
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  const look = (l: typeof next) => l.evaluate((e) => ({ bg: getComputedStyle(e).backgroundColor, border: getComputedStyle(e).borderTopStyle }));
  const main = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--color-accent)';
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c;
  });
  const [n, b] = [await look(next), await look(back)];
  expect(n.border, 'no dashed box').toBe('solid');
  expect(b.bg, 'Back is not filled like the main button').not.toBe(main);
  expect(n.bg, 'the unavailable Next is not filled like the main button').not.toBe(main);
});

test('the header names its setting for what it holds, and the Welsh picker fits a phone', async ({ page }) => {
  const cy = textOf('cy');
  await page.setViewportSize(PHONE);
  await page.goto(courseUrl('cy', '#/menu'));
  // The course's later parts loaded, as by a learner's first tap.
  await laterPartsIn(page);
  const picker = page.getByRole('combobox', { name: cy('app.language') });
  await expect(picker).toHaveValue('cy');
  // The chosen language's name fits the box (a select never wraps its words).
  const fits = await picker.evaluate((el: HTMLSelectElement) => {
    const probe = document.createElement('span');
    const s = getComputedStyle(el);
    probe.style.font = s.font;
    probe.style.whiteSpace = 'pre';
    probe.textContent = el.selectedOptions[0]!.textContent;
    document.body.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width + parseFloat(s.paddingInlineStart) + parseFloat(s.paddingInlineEnd) + 24 <= el.getBoundingClientRect().width;
  });
  expect(fits, 'the language name fits its box').toBe(true);
  // Text and colours: the button says what the dialog holds, and opens it by keyboard.
  const opener = page.getByRole('banner').getByRole('button', { name: cy('display.open') });
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: cy('display.heading') })).toBeVisible();
  for (const key of ['display.open', 'display.heading']) {
    expect(en(key)).toMatch(/text/i);
    expect(en(key)).toMatch(/colour/i);
  }
});
