// What a screen reader or switch user relies on, at every page and quiz state of the
// course: one banner and one main (and the pager's navigation on module pages), one h1,
// headings that never skip a level, targets at least 24 x 24 CSS px (inline links in
// text excepted, as WCAG 2.5.8 allows), and feedback said once, from one live region.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { courseUrl, walkCourse } from './a11y-support';

interface Structure {
  banners: number;
  mains: number;
  navs: number;
  h1s: number;
  skips: string[];
  small: string[];
}

const structure = (page: Page): Promise<Structure> =>
  page.evaluate(() => {
    const visible = (el: Element) => el.checkVisibility() && !el.closest('[aria-hidden="true"], .visually-hidden');
    // Outside dialogs: the page itself.
    const inPage = (el: Element) => visible(el) && !el.closest('dialog');
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(inPage);
    const skips: string[] = [];
    let level = 0;
    for (const h of headings) {
      const n = Number(h.tagName[1]);
      if (n > level + 1) skips.push(`h${level} then h${n} "${h.textContent?.trim()}"`);
      level = n;
    }
    const controls = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]')].filter(visible);
    const small = controls
      .filter((el) => {
        const style = getComputedStyle(el);
        // A link in a sentence is exempt (2.5.8 "inline").
        if (el.tagName === 'A' && style.display === 'inline' && el.parentElement?.closest('p, li')) return false;
        const r = el.getBoundingClientRect();
        return r.width < 24 || r.height < 24;
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`;
      });
    return {
      banners: document.querySelectorAll('header:not(main header, article header, section header), [role="banner"]').length,
      mains: document.querySelectorAll('main, [role="main"]').length,
      navs: [...document.querySelectorAll('nav, [role="navigation"]')].filter(visible).length,
      h1s: headings.filter((h) => h.tagName === 'H1').length,
      skips,
      small,
    };
  });

test('landmarks, one h1, headings in order and target sizes on every page and state', async ({ page }) => {
  test.setTimeout(180_000);
  const problems: Record<string, unknown> = {};
  let states = 0;
  const visit = async (state: string) => {
    states++;
    const s = await structure(page);
    const modulePage = (await page.locator('article[data-page]').count()) > 0;
    const wrong = {
      ...(s.banners !== 1 && { banners: s.banners }),
      ...(s.mains !== 1 && { mains: s.mains }),
      ...(modulePage && s.navs < 1 && { navs: s.navs }),
      ...(s.h1s !== 1 && { h1s: s.h1s }),
      ...(s.skips.length && { skips: s.skips }),
      ...(s.small.length && { small: s.small }),
    };
    if (Object.keys(wrong).length) problems[state] = wrong;

    // Feedback is said once: it is in one live region, registered before it was filled.
    const feedback = page.locator('.quiz .feedback .box');
    if (await feedback.count()) {
      const verdict = (await feedback.locator('.verdict').textContent())!.trim();
      const speakers = await page.evaluate(
        (text) =>
          [...document.querySelectorAll('[aria-live], [role="status"], [role="alert"]')].filter(
            (r) => r.getAttribute('aria-live') !== 'off' && r.textContent?.includes(text),
          ).length,
        verdict,
      );
      if (speakers !== 1) problems[`${state}: live regions saying the feedback`] = speakers;
    }
  };

  await walkCourse(page, visit);
  // The dialog has its own heading, and it is named by it.
  await expect(page.getByRole('dialog', { name: 'Display settings' }).getByRole('heading', { level: 2 })).toBeVisible();

  console.log(`structure: ${states} states checked`);
  expect(problems).toEqual({});
});

test('the window is titled with the course name, in the course language (WCAG 2.4.2)', async ({ page }) => {
  for (const locale of ['en-GB', 'cy']) {
    const { course } = JSON.parse(readFileSync(`locales/${locale}.json`, 'utf8')) as { course: { title: string } };
    await page.goto(courseUrl(locale));
    await expect(page.locator('main h1')).toBeVisible();
    await expect(page).toHaveTitle(course.title);
  }
});
