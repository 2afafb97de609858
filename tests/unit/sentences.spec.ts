import { expect, test } from '@playwright/test';
import { quotedLabels } from '../../src/guide/labels.js';
import { splitSentences } from '../../src/guide/sentences.js';

const split = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

test('Russian: abbreviations, e-mail and quoted labels do not end a sentence', () => {
  expect(split('Укажите e-mail, т.е. адрес почты. Затем нажмите «Далее. Готово». Всё.')).toEqual([
    'Укажите e-mail, т.е. адрес почты.',
    'Затем нажмите «Далее. Готово».',
    'Всё.',
  ]);
  expect(split('Оплатите счёт и т.д. Потом выйдите.')).toEqual(['Оплатите счёт и т.д.', 'Потом выйдите.']);
  expect(split('Откройте стр. 5 и см. рис. 2 ниже. Далее.')).toEqual(['Откройте стр. 5 и см. рис. 2 ниже.', 'Далее.']);
});

test('English: URLs, addresses, abbreviations and "quoted" labels', () => {
  expect(split('Open https://my.senko.digital/billmgr. Then write to wiki@senko.digital. Done!')).toEqual([
    'Open https://my.senko.digital/billmgr.',
    'Then write to wiki@senko.digital.',
    'Done!',
  ]);
  expect(split('Use a key, e.g. an API key. Click "Save. Now" and wait… Next?')).toEqual([
    'Use a key, e.g. an API key.',
    'Click "Save. Now" and wait…',
    'Next?',
  ]);
  expect(split('Version 1.2.3 is out. Install it.')).toEqual(['Version 1.2.3 is out.', 'Install it.']);
});

test('a sentence that ends in a colon or has no stop still counts', () => {
  expect(split('Click the text at the top of the site:')).toEqual(['Click the text at the top of the site:']);
  expect(split('No final stop')).toEqual(['No final stop']);
});

test('labels in guillemets (nested too), straight and curly quotes', () => {
  expect(quotedLabels('Нажмите «Регистрация», затем «Ok».')).toEqual(['Регистрация', 'Ok']);
  expect(quotedLabels('Выберите «Тариф «Старт»» в списке.')).toEqual(['Тариф «Старт»']);
  expect(quotedLabels('Click "Register" or “Cancel”.')).toEqual(['Register', 'Cancel']);
  expect(quotedLabels('A 5" screen, it\'s fine.')).toEqual([]);
});
