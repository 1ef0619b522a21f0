import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/project-root';
import { launchChromium, type BrowserSession } from '../helpers/chromium';
import { startTestServer, type TestServer } from '../helpers/test-graph';

// The explorer in a real browser, built by Vite, served by the real app over the seeded test graph.

const SCREENSHOT = join(PROJECT_ROOT, 'test-results', 'explorer-go-young.png');

let outDir: string;
let server: TestServer;
let browser: BrowserSession;

/**
 * Vite is ESM-only and Jest's module system cannot load it, so its JS API runs in a child Node
 * process; the build goes to a temporary folder, leaving dist/ alone.
 */
async function buildExplorer(into: string): Promise<void> {
  const script = `import { build } from 'vite';
await build({
  configFile: ${JSON.stringify(join(PROJECT_ROOT, 'explorer', 'vite.config.mts'))},
  logLevel: 'error',
  build: { outDir: ${JSON.stringify(into)}, emptyOutDir: true },
});`;
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { cwd: PROJECT_ROOT });
}

// Generous: the first run on a fresh machine may install Chromium with apt-get.
beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'bcg-explorer-build-'));
  await buildExplorer(outDir);
  server = await startTestServer({ explorerDir: outDir });
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

interface DrawnNode {
  id: string;
  label: string;
  kind: string;
  focus: boolean;
}

interface DrawnEdge {
  source: string;
  target: string;
  type: string;
  label: string;
}

/** Just the parts of Cytoscape the assertions read, as the page exposes it on window.__explorer. */
interface CytoscapeView {
  nodes(): Array<{ id(): string; data(key: string): string; hasClass(name: string): boolean }>;
  edges(): Array<{ source(): { id(): string }; target(): { id(): string }; data(key: string): string }>;
  getElementById(id: string): { nonempty(): boolean; hasClass(name: string): boolean };
}
type ExplorerWindow = { __explorer?: { cy: CytoscapeView } };

const drawnNodes = (page: Page): Promise<DrawnNode[]> =>
  page.evaluate(() => {
    const { cy } = (globalThis as unknown as ExplorerWindow).__explorer ?? { cy: undefined };
    return (cy?.nodes() ?? []).map((node) => ({
      id: node.id(),
      label: node.data('label'),
      kind: node.data('kind'),
      focus: node.hasClass('focus'),
    }));
  });

const drawnEdges = (page: Page): Promise<DrawnEdge[]> =>
  page.evaluate(() => {
    const { cy } = (globalThis as unknown as ExplorerWindow).__explorer ?? { cy: undefined };
    return (cy?.edges() ?? []).map((edge) => ({
      source: edge.source().id(),
      target: edge.target().id(),
      type: edge.data('type'),
      label: edge.data('label'),
    }));
  });

/** Waits until the graph holds an entity and has it selected; on timeout, says what the page showed instead. */
async function waitForFocus(page: Page, id: string): Promise<void> {
  try {
    await page.waitForFunction(
      (wanted) => {
        const node = (globalThis as unknown as ExplorerWindow).__explorer?.cy.getElementById(wanted);
        return node !== undefined && node.nonempty() && node.hasClass('focus');
      },
      id,
      { timeout: 15_000 },
    );
  } catch (error) {
    const shown = await Promise.all(['#status', '#alert'].map((part) => page.locator(part).innerText()));
    throw new Error(`${id} was not drawn and selected; the page said: ${shown.join(' / ')}`, { cause: error });
  }
}

/** A fresh tab that records uncaught page errors, so a broken script fails the test that meets it. */
async function openPage(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}${path}`);
  return { page, errors };
}

test('the Go Young preset draws who played the part in the film and in the series', async () => {
  const { page, errors } = await openPage('/explore');
  await page.getByRole('button', { name: 'Who played Go Young across adaptations?' }).click();
  await waitForFocus(page, 'go-young-series');

  const nodes = await drawnNodes(page);
  expect(nodes).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ id: 'nam-yoon-su', label: 'Nam Yoon-su', kind: 'person' }),
      expect.objectContaining({ id: 'noh-sang-hyun', label: 'Noh Sang-hyun', kind: 'person' }),
      expect.objectContaining({ id: 'go-young-series', kind: 'character', focus: true }),
      expect.objectContaining({ id: 'jang-heung-soo-film', kind: 'character' }),
      expect.objectContaining({ id: 'young-novel', kind: 'character' }),
      expect.objectContaining({ id: 'love-in-the-big-city-novel', kind: 'work' }),
    ]),
  );
  expect(await drawnEdges(page)).toEqual(
    expect.arrayContaining([
      { source: 'nam-yoon-su', target: 'go-young-series', type: 'PLAYED', label: 'played' },
      { source: 'noh-sang-hyun', target: 'jang-heung-soo-film', type: 'PLAYED', label: 'played' },
    ]),
  );
  expect(new URL(page.url()).search).toBe('?preset=go-young');
  await expect(page.locator('#answer').innerText()).resolves.toContain('played by Nam Yoon-su');
  await expect(page.locator('#node-list').innerText()).resolves.toContain('Noh Sang-hyun');

  mkdirSync(join(PROJECT_ROOT, 'test-results'), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  expect(errors).toEqual([]);
  await page.close();
});

test('typing "go young" offers suggestions, and the keyboard chooses one and draws it', async () => {
  const { page, errors } = await openPage('/explore');
  const box = page.getByRole('combobox');
  await box.focus();
  await page.keyboard.type('go young');
  const first = page.getByRole('option').first();
  await first.waitFor();
  await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
  await expect(first.innerText()).resolves.toContain('Go Young');

  await page.keyboard.press('ArrowDown');
  await expect(box.getAttribute('aria-activedescendant')).resolves.toBe(await first.getAttribute('id'));
  await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
  const chosen = await first.getAttribute('data-entity-id');
  expect(chosen).toBe('go-young-series');
  await page.keyboard.press('Enter');

  await waitForFocus(page, 'go-young-series');
  await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
  expect(new URL(page.url()).searchParams.get('id')).toBe('go-young-series');
  await expect(page.locator('#details h2').innerText()).resolves.toContain('Go Young');
  const neighbours = (await drawnEdges(page)).filter(
    (e) => e.source === 'go-young-series' || e.target === 'go-young-series',
  );
  expect(neighbours).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ source: 'nam-yoon-su', type: 'PLAYED' }),
      expect.objectContaining({ target: 'love-in-the-big-city-series', type: 'APPEARS_IN' }),
    ]),
  );

  await page.keyboard.type(' again');
  await page.getByRole('option').first().waitFor();
  await page.keyboard.press('Escape');
  await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
  expect(errors).toEqual([]);
  await page.close();
});

test('a shared address selects its entity, survives a reload, and the node list expands with the keyboard', async () => {
  const { page, errors } = await openPage('/explore?id=person:nam-yoon-su');
  await waitForFocus(page, 'nam-yoon-su');
  await expect(page.locator('#details h2').innerText()).resolves.toContain('Nam Yoon-su');
  await expect(page.locator('#sources li').count()).resolves.toBeGreaterThan(0);
  expect((await drawnNodes(page)).map((node) => node.id)).toContain('go-young-series');

  await page.reload();
  await waitForFocus(page, 'nam-yoon-su');
  await expect(page.locator('#details h2').innerText()).resolves.toContain('Nam Yoon-su');

  // The list is one tab stop: focus its current entry, walk down to Go Young, press Enter.
  const list = page.locator('#node-list');
  await list.locator('button[tabindex="0"]').focus();
  const focused = list.locator('button:focus');
  for (let step = 0; step < 30 && (await focused.getAttribute('data-entity-id')) !== 'go-young-series'; step++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(focused.getAttribute('data-entity-id')).resolves.toBe('go-young-series');
  await page.keyboard.press('Enter');
  await waitForFocus(page, 'go-young-series');
  expect(new URL(page.url()).searchParams.get('id')).toBe('go-young-series');
  const ids = (await drawnNodes(page)).map((node) => node.id);
  expect(ids).toEqual(expect.arrayContaining(['nam-yoon-su', 'go-young-series', 'love-in-the-big-city-series']));

  await page.goBack();
  await waitForFocus(page, 'nam-yoon-su');
  // The address was tidied to the plain id when the page opened.
  expect(new URL(page.url()).searchParams.get('id')).toBe('nam-yoon-su');
  expect(errors).toEqual([]);
  await page.close();
});

test('a crowded neighbourhood folds its leaves into groups that open on demand', async () => {
  const { page, errors } = await openPage('/explore?id=love-in-the-big-city-series');
  await waitForFocus(page, 'love-in-the-big-city-series');
  const groups = (await drawnNodes(page)).filter((node) => node.id.startsWith('group:'));
  const events = groups.find((node) => node.kind === 'event');
  expect(events?.label).toMatch(/^\d+ events$/);
  const count = Number(events?.label.split(' ')[0]);
  expect(count).toBeGreaterThan(6);

  await page.locator(`#node-list button[data-entity-id="${events?.id}"]`).click();
  await page.waitForFunction(
    (groupId) => (globalThis as unknown as ExplorerWindow).__explorer?.cy.getElementById(groupId).nonempty() === false,
    events?.id ?? '',
  );
  const drawnEvents = (await drawnNodes(page)).filter((node) => node.kind === 'event');
  expect(drawnEvents).toHaveLength(count);
  expect(drawnEvents.every((node) => !node.id.startsWith('group:'))).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

test('a search without matches says so and offers nothing to choose', async () => {
  const { page, errors } = await openPage('/explore');
  await page.getByRole('combobox').fill('zzqxjv');
  await page.locator('#search-status', { hasText: 'No matches for “zzqxjv”' }).waitFor();
  await expect(page.getByRole('option').count()).resolves.toBe(0);
  await expect(page.getByRole('combobox').getAttribute('aria-expanded')).resolves.toBe('false');
  expect(errors).toEqual([]);
  await page.close();
});

test('an unknown id says nothing has it', async () => {
  const { page, errors } = await openPage('/explore?id=no-such-entity');
  await page.getByText('Nothing in the graph has the id “no-such-entity”').waitFor();
  expect(await drawnNodes(page)).toEqual([]);
  await expect(page.locator('#graph-empty').isVisible()).resolves.toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

test('with the server unreachable the page says so, and "Try again" recovers once it is back', async () => {
  const { page, errors } = await openPage('/explore');
  await page.route('**/graphql', (route) => route.abort('connectionrefused'));
  await page.getByRole('button', { name: 'Who played Go Young across adaptations?' }).click();
  const alert = page.getByRole('alert');
  await alert.getByText('The server cannot be reached.').waitFor();
  expect(await drawnNodes(page)).toEqual([]);

  await page.unroute('**/graphql');
  await alert.getByRole('button', { name: 'Try again' }).click();
  await waitForFocus(page, 'go-young-series');
  await expect(alert.isHidden()).resolves.toBe(true);
  expect(errors).toEqual([]);
  await page.close();
});

test('GraphQL errors are shown with their code', async () => {
  const { page, errors } = await openPage('/explore');
  await page.route('**/graphql', (route) =>
    route.fulfill({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({
        errors: [{ message: 'Query Cost limit exceeded.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
      }),
    }),
  );
  await page.getByRole('button', { name: /How is Kim Go-eun connected/ }).click();
  const alert = page.getByRole('alert');
  await alert.getByText('The API refused the request.').waitFor();
  await expect(alert.innerText()).resolves.toContain('GRAPHQL_VALIDATION_FAILED');
  expect(errors).toEqual([]);
  await page.close();
});
