import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addFiles, expectStatus, runCommand, SAMPLE_IMAGE, SAMPLE_VIDEO, taskRow } from './support/app';
import { expect, test } from './support/fixtures';

/** A clip long enough that encoding it takes far longer than the test. */
const LONG_ENCODE = '-f lavfi -i testsrc2=size=1280x720:rate=30 -t 900 -c:v libx264 -preset veryslow /output/long.mp4';

/** Returns the serious and critical axe violations of the page, with the elements they concern. */
async function seriousViolations(page: Page): Promise<Array<{ id: string; impact: string; targets: string[] }>> {
  const results = await new AxeBuilder({ page }).analyze();
  // An empty pass list would mean axe checked nothing, which an empty violation list would hide.
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, impact: violation.impact ?? '', targets: violation.nodes.map((node) => node.target.join(' ')) }));
}

/** Fills the workspace with files, a finished image task and a failed task. */
async function fillWorkspace(page: Page): Promise<void> {
  await addFiles(page, [SAMPLE_IMAGE, SAMPLE_VIDEO]);
  await runCommand(page, { args: '-i /input/import-1/sample.png -vf scale=160:-1 /output/small.png' });
  await expectStatus(page, 'command-1', 'finished');
  await runCommand(page, { args: '-i /input/import-2/sample.mp4 -c:v nosuchencoder /output/x.mp4' });
  await expectStatus(page, 'command-2', 'error');
  await page.getByLabel('Arguments').fill('-i /input/import-1/missing.png out.png');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('empty screen has no serious axe violations', async ({ page }) => {
      await page.goto('/');
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('busy screen has no serious axe violations', async ({ page }) => {
      await page.goto('/');
      await fillWorkspace(page);
      await page.getByText('Run a JSON payload').click();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test('error screen has no serious axe violations', async ({ page }) => {
      await page.goto('/');
      await addFiles(page, SAMPLE_VIDEO);
      await runCommand(page, { args: '-i /input/import-1/sample.mp4 -c:v nosuchencoder /output/x.mp4' });
      await expectStatus(page, 'command-1', 'error');
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test.describe('phone width', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  const scrollWidth = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth);

  test('empty screen fits 360 px', async ({ page }) => {
    await page.goto('/');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
  });

  test('busy screen fits 360 px', async ({ page }) => {
    await page.goto('/');
    await fillWorkspace(page);
    await page.getByLabel('Arguments').fill('-i /i');
    await expect(page.getByRole('listbox', { name: 'Path suggestions' })).toBeVisible();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
  });

  test('run scrolls the new task into view', async ({ page }) => {
    await page.goto('/');
    await addFiles(page, SAMPLE_VIDEO);

    await runCommand(page, { args: '-i /input/import-1/sample.mp4 -t 1 -vn /output/audio.wav' });

    await expect(taskRow(page, 'command-1')).toBeInViewport();
  });
});

test('status changes reach the live region', async ({ page }) => {
  await page.goto('/');
  await addFiles(page, SAMPLE_VIDEO);
  await runCommand(page, { args: '-i /input/import-1/sample.mp4 -c:v nosuchencoder /output/x.mp4' });

  await expect(page.getByTestId('status-announcer')).toHaveText(/command-1 failed: COMMAND_FAILED/, { timeout: 90_000 });
});

test('keyboard reaches every main control in order', async ({ page }) => {
  await page.goto('/');
  const reached: string[] = [];
  for (let step = 0; step < 30 && !reached.includes('Run'); step += 1) {
    await page.keyboard.press('Tab');
    reached.push(
      await page.evaluate(() => {
        const element = document.activeElement;
        if (!(element instanceof HTMLElement)) return '';
        const label = element.id === '' ? null : document.querySelector(`label[for="${CSS.escape(element.id)}"]`);
        return (label?.textContent ?? element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
      }),
    );
  }
  const order = ['Add files', 'Add folder', 'Add sample video', 'File URL', 'Engine', 'Arguments', 'Timeout', 'Run'].map((name) => reached.indexOf(name));
  expect(order.every((index) => index !== -1)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
});

test('page stays responsive during a long encode', async ({ page }) => {
  await page.goto('/');
  await runCommand(page, { args: LONG_ENCODE });
  await expect(taskRow(page, 'command-1').getByTestId('task-status')).toHaveText('processing', { timeout: 60_000 });
  await expect(page.getByTestId('task-output')).toContainText('frame=', { timeout: 60_000 });

  const args = page.getByLabel('Arguments');
  await args.fill('');
  const started = Date.now();
  await args.pressSequentially('typed while encoding');
  await expect(args).toHaveValue('typed while encoding', { timeout: 1000 });
  // Each key goes through the page's main thread; a blocked thread would take seconds for these 20 keys.
  expect(Date.now() - started).toBeLessThan(3000);
  await expect(taskRow(page, 'command-1').getByTestId('task-status')).toHaveText('processing');

  await taskRow(page, 'command-1').getByRole('button', { name: 'Cancel command-1' }).click();
  await expect(taskRow(page, 'command-1').getByTestId('task-error')).toContainText('CANCELLED');
});
