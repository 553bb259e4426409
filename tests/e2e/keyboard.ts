// Keyboard-only driving: Tab to a control by its visible text, as a keyboard user would.
import { expect, type FrameLocator, type Page } from '@playwright/test';
import { en } from './course-data';

type Focused = { tag: string; type: string; name: string; text: string; checked: boolean };

async function focused(course: FrameLocator): Promise<Focused> {
  return course.locator(':root').evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    const label = el?.closest('label')?.textContent ?? '';
    // What a screen reader would say: leave out decorative (aria-hidden) parts.
    const visible = (node: Element | null | undefined) => {
      if (!node) return '';
      const copy = node.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
      return copy.textContent ?? '';
    };
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.type ?? '',
      name: el?.name ?? '',
      text: (el?.tagName === 'INPUT' ? label : visible(el)).replace(/\s+/g, ' ').trim(),
      checked: !!el?.checked,
    };
  });
}

/** Presses Tab until the focused control is the one named `text` (an option: starts with it). */
export async function tabTo(page: Page, course: FrameLocator, text: string, maxTabs = 60): Promise<Focused> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(course);
    if (f.tag === 'input' ? f.text.startsWith(text) : f.text === text) return f;
    // A radio group is one tab stop: arrow keys move (and select) within it.
    if (f.type === 'radio') {
      for (let j = 0; j < 8; j++) {
        await page.keyboard.press('ArrowDown');
        const g = await focused(course);
        if (g.text.startsWith(text)) return g;
      }
    }
  }
  throw new Error(`No control starting with "${text}" within ${maxTabs} tabs`);
}

/** Activates a link or button by keyboard. */
export async function press(page: Page, course: FrameLocator, text: string): Promise<void> {
  await tabTo(page, course, text);
  await page.keyboard.press('Enter');
}

/** Chooses options by keyboard (Space selects), checks the answer, and moves on. */
export async function answerByKeyboard(page: Page, course: FrameLocator, options: string[], last: boolean) {
  for (const option of options) {
    const f = await tabTo(page, course, option);
    if (!f.checked) await page.keyboard.press('Space');
  }
  await press(page, course, en('quiz.check'));
  await expect(course.locator('.feedback .box')).toBeVisible();
  // The same button now moves on; focus stayed on it.
  await page.keyboard.press('Enter');
  if (last) await expect(course.getByRole('heading', { name: en('quiz.resultHeading') })).toBeFocused();
}
