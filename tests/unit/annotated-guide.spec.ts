import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseGuide } from '../../src/guide/index.js';
import { writeAnnotatedGuide } from '../../src/report/annotated-guide.js';
import { DEFAULT_PROJECT } from '../../src/report/outcome.js';

test('the annotated guide marks every sentence where it stands: headings, paragraphs and table cells, with tables drawn as tables', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'annotated-'));
  const markdown = [
    '---',
    'title: Тарифы',
    '---',
    '',
    '# Выбор тарифа',
    '',
    'Откройте раздел «Тарифы».',
    '',
    '| Тариф | Что даёт |',
    '| --- | --- |',
    '| Старт | Нажмите «Заказать». |',
    '',
  ].join('\n');
  const file = path.join(dir, 'ru', 'plans.md');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, markdown);
  const guide = parseGuide(markdown, file, 'ru/plans.md');
  const statuses = ['narrative', 'verified', 'narrative', 'narrative', 'narrative', 'failed'] as const;
  expect(guide.sentences.map((s) => s.text)).toEqual(['Выбор тарифа', 'Откройте раздел «Тарифы».', 'Тариф', 'Что даёт', 'Старт', 'Нажмите «Заказать».']);
  const sentences = guide.sentences.map((s, i) => ({ line: s.line, column: s.column, text: s.text, kind: 'check' as const, status: statuses[i], notes: [] }));
  const relative = writeAnnotatedGuide(
    {
      record: { guide: 'ru/plans.md', file, title: 'Тарифы', lang: 'ru', target: 'http://127.0.0.1', updateMode: 'none', sentences, images: [] },
      status: 'failed',
      project: DEFAULT_PROJECT,
      verdict: 'drift',
      errors: [],
      attachments: [],
    },
    path.join(dir, 'reports'),
  );
  const html = readFileSync(path.join(dir, 'reports', relative!), 'utf8');
  expect(html).toContain('<h1><span class="sentence narrative"');
  expect(html).toMatch(/<table>[\s\S]*<td><span class="sentence failed"[^>]*>Нажмите «Заказать»\.<\/span><\/td>/);
  expect(html).toMatch(/<p><span class="sentence verified"[^>]*>Откройте раздел «Тарифы»\.<\/span><\/p>/);
  // Every sentence of the record is on the page, none twice.
  expect(html.match(/ data-line="\d+"/g)).toHaveLength(guide.sentences.length);
  rmSync(dir, { recursive: true, force: true });
});
