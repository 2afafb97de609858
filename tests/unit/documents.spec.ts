import { createServer, type Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { pageNames } from '../../src/ui/document-page.js';
import { consentCheckboxes, expectDocumentOpens, findDocuments, notFoundWords } from '../../src/ui/documents.js';
import { isDriftError } from '../../src/ui/drift-error.js';

/**
 * The documents of a form, as a reader checks them: each text has a link and a box of its own,
 * and the page a link opens is the document named, not another one, not a "not found" page.
 */

const TERMS = 'условиями использования';
const PRIVACY = 'политикой конфиденциальности';

async function driftOf(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(isDriftError(error), String(error)).toBe(true);
  return isDriftError(error) ? error.details : undefined;
}

test.describe('what a page says it is', () => {
  test('its title and headings, as a reader sees them: no icon tooltip, script or hidden heading', () => {
    const names = pageNames(`<!doctype html><html><head><title>Terms of Service &mdash; Senko</title><style>h1 { color: red }</style></head>
      <body><svg aria-hidden="true"><title>arrow</title></svg><div role="heading" aria-level="2">Legal</div>
      <h1>Terms <b>of</b> Service</h1><h2 hidden>Draft</h2><h4>Section 4</h4><script>document.title = 'x'</script><p>Read carefully.</p></body></html>`);
    expect(names).toMatchObject({ title: 'Terms of Service — Senko', headings: ['Legal', 'Terms of Service'] });
  });

  test('"not found" in any known language, in the title or a heading; a bare page by its first words', () => {
    const page = (title: string, headings: string[] = [], text = '') => ({ title, headings, text });
    expect(notFoundWords(page('Страница не найдена — Senko Digital'))).toBe('Страница не найдена — Senko Digital');
    expect(notFoundWords(page('Senko Digital', ['Документ не найден']))).toBe('Документ не найден');
    expect(notFoundWords(page('', ['Page Not Found']))).toBe('Page Not Found');
    expect(notFoundWords(page('Ошибка 404'))).toBe('Ошибка 404');
    expect(notFoundWords(page('', [], 'Not found. Back to the home page'))).toBe('Not found. Back to the home page');
    // A document is not missing for a date, a version or a sentence of its body.
    expect(notFoundWords(page('Политика конфиденциальности (ред. 14.04.2024)', ['Версия 4040']))).toBeUndefined();
    expect(notFoundWords(page('Privacy Policy', [], 'If a record is not found, we delete the request.'))).toBeUndefined();
  });
});

test.describe('the page a document link opens', () => {
  let server: Server;
  let base = '';
  test.beforeAll(async () => {
    // «Политика» in windows-1251, as older Russian sites still serve it.
    const cp1251 = Buffer.concat([Buffer.from('<title>'), Buffer.from([0xcf, 0xee, 0xeb, 0xe8, 0xf2, 0xe8, 0xea, 0xe0]), Buffer.from('</title>')]);
    const pages: Record<string, { status?: number; type: string; body: string | Buffer }> = {
      '/terms': { type: 'text/html; charset=utf-8', body: '<title>Terms of Service — Senko Digital</title><h1>Terms of Service</h1>' },
      '/privacy': { type: 'text/html', body: '<div role="heading" aria-level="1">Политика конфиденциальности</div><p>…</p>' },
      '/missing': { type: 'text/html; charset=utf-8', body: '<title>Страница не найдена</title><h1>Страница не найдена</h1>' },
      '/gone': { status: 404, type: 'text/html', body: '<h1>404</h1>' },
      '/policy.pdf': { type: 'application/pdf', body: '%PDF-1.4\n…' },
      '/cp1251': { type: 'text/html; charset=windows-1251', body: cp1251 },
    };
    server = createServer((request, response) => {
      const page = pages[request.url ?? ''] ?? { status: 404, type: 'text/plain', body: '' };
      response.statusCode = page.status ?? 200;
      response.setHeader('content-type', page.type);
      response.end(page.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });
  const document = (name: string, path: string) => ({ name, text: `Я принимаю ${name}`, href: `${base}${path}` });

  test('is the document named by its title or a heading: "terms of use" is met by "Terms of Service"', async ({ request }) => {
    expect(await expectDocumentOpens(request, document('terms of use', '/terms'))).toBe('«Terms of Service — Senko Digital»');
    expect(await expectDocumentOpens(request, document(PRIVACY, '/privacy'))).toBe('«Политика конфиденциальности»');
    expect(await expectDocumentOpens(request, document(PRIVACY, '/cp1251'))).toBe('«Политика»');
  });

  test('another document is not the one named', async ({ request }) => {
    expect(await driftOf(expectDocumentOpens(request, document('privacy policy', '/terms')))).toEqual({
      kind: 'claim-broken',
      expected: 'Expected the link beside «Я принимаю privacy policy» to open «privacy policy».',
      actual: `${base}/terms opens a page titled «Terms of Service — Senko Digital», headed «Terms of Service», which does not name «privacy policy»`,
    });
  });

  test('a page saying it was not found is a missing document, whatever its status', async ({ request }) => {
    expect(await driftOf(expectDocumentOpens(request, document(TERMS, '/missing')))).toEqual({
      kind: 'page-unreachable',
      expected: `Expected «${TERMS}» to open.`,
      actual: `${base}/missing answers HTTP 200 with a page that says «Страница не найдена»`,
    });
    expect(await driftOf(expectDocumentOpens(request, document(TERMS, '/gone')))).toMatchObject({ kind: 'page-unreachable', actual: `${base}/gone answers HTTP 404 with 12 bytes` });
  });

  test('a PDF cannot be read here: a non-empty one is accepted, and the note says so', async ({ request }) => {
    expect(await expectDocumentOpens(request, document(PRIVACY, '/policy.pdf'))).toBe('a PDF of 12 bytes, not read here');
  });
});

test.describe('one link answers for one document', () => {
  /** Two consent rows as the stand-in draws them; `links` says which rows keep their link, and where each leads. */
  const form = (links: { terms?: string; privacy?: string }) => `<form style="font:14px/1.25 sans-serif;width:420px">
    <div><label><input type="checkbox"><span>Я даю согласие с ${TERMS} услуг</span></label></div>
    ${links.terms ? `<div><a href="${links.terms}">Подробнее...</a></div>` : ''}
    <div style="margin-top:18px"><label><input type="checkbox"><span>Я даю согласие с ${PRIVACY}</span></label></div>
    ${links.privacy ? `<div><a href="${links.privacy}">Подробнее...</a></div>` : ''}
  </form>`;

  test('a link another document took is not the next one\'s, however near it stands', async ({ page }) => {
    await page.setContent(form({ terms: 'https://x.test/legal/terms' }));
    expect(await driftOf(findDocuments(page, [TERMS, PRIVACY], 5_000))).toEqual({
      kind: 'claim-broken',
      expected: `Expected a link of its own to «${PRIVACY}» next to «Я даю согласие с ${PRIVACY}».`,
      actual: `the one link beside that text, to https://x.test/legal/terms, is already the link to «${TERMS}»`,
    });
  });

  test('each text keeps its own link, in whichever order the guide names them, even two links to one page', async ({ page }) => {
    await page.setContent(form({ terms: 'https://x.test/legal/terms', privacy: 'https://x.test/legal/privacy' }));
    expect((await findDocuments(page, [PRIVACY, TERMS], 5_000)).map((d) => d.href)).toEqual(['https://x.test/legal/privacy', 'https://x.test/legal/terms']);
    // A page holding both documents, linked from each text: two links, each answering for its own.
    await page.setContent(form({ terms: 'https://x.test/legal', privacy: 'https://x.test/legal' }));
    expect((await findDocuments(page, [TERMS, PRIVACY], 5_000)).map((d) => d.href)).toEqual(['https://x.test/legal', 'https://x.test/legal']);
  });
});

test.describe('one box answers for one text', () => {
  /** One box, centred beside two one-line texts: the terms' (`terms`, maybe the box's label) and the privacy policy's. */
  const sharedRow = (box: string, terms: string) => `<form style="font:14px/1.25 sans-serif;width:640px">
    <div style="display:flex;align-items:center;gap:10px">${box}
      <div style="display:flex;flex-direction:column;gap:4px">
        <div>${terms} <a href="/legal/terms">Подробнее...</a></div>
        <div><span>Я даю согласие с ${PRIVACY}</span> <a href="/legal/privacy">Подробнее...</a></div>
      </div>
    </div></form>`;
  const DRAWN_BOX = '<span role="checkbox" aria-checked="false" tabindex="0" style="flex:none;width:16px;height:16px;border:1px solid #333"></span>';

  test('a box drawn beside two texts is the upper one\'s, whichever the guide names first', async ({ page }) => {
    await page.setContent(sharedRow(DRAWN_BOX, `<span>Я даю согласие с ${TERMS}</span>`));
    const [terms, privacy] = await consentCheckboxes(page, [{ name: TERMS }, { name: PRIVACY }]);
    expect(terms.box?.role).toBe('checkbox');
    expect(privacy).toEqual({ beside: TERMS });
    const [privacyFirst, termsSecond] = await consentCheckboxes(page, [{ name: PRIVACY }, { name: TERMS }]);
    expect(privacyFirst).toEqual({ beside: TERMS });
    expect(termsSecond.box?.role).toBe('checkbox');
  });

  test('a box whose label is the terms\' text alone is not the privacy policy\'s, though its text stands beside it', async ({ page }) => {
    await page.setContent(sharedRow('<input type="checkbox" id="terms-box" style="margin:0">', `<label for="terms-box">Я даю согласие с ${TERMS}</label>`));
    const [terms, privacy] = await consentCheckboxes(page, [{ name: TERMS }, { name: PRIVACY }]);
    expect(terms.box?.name).toBe(`Я даю согласие с ${TERMS}`);
    expect(privacy).toEqual({ beside: TERMS });
  });

  test('one box whose words name both documents accepts both: no alarm', async ({ page }) => {
    const both = `Я даю согласие с ${TERMS} и ${PRIVACY}`;
    await page.setContent(`<form style="font:14px/1.25 sans-serif;width:420px"><label><input type="checkbox"> ${both}</label></form>`);
    expect((await consentCheckboxes(page, [{ name: TERMS }, { name: PRIVACY }])).map((c) => c.box?.name)).toEqual([both, both]);
  });

  test('drawn, one box beside one text naming both documents accepts both', async ({ page }) => {
    const both = `Я даю согласие с ${TERMS} и ${PRIVACY}`;
    await page.setContent(`<form style="font:14px/1.25 sans-serif;width:420px"><div style="display:flex;gap:10px">${DRAWN_BOX}<span>${both}</span></div></form>`);
    const found = await consentCheckboxes(page, [{ name: TERMS }, { name: PRIVACY }]);
    expect(found.map((c) => c.box?.role)).toEqual(['checkbox', 'checkbox']);
  });
});
