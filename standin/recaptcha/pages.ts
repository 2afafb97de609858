import type { Lang } from '../i18n.js';
import { RECAPTCHA_TEXTS } from './texts.js';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `attributes` when the widget speaks ARIA, as Google's does; nothing on a skin that has none (dragon). */
const ariaOf = (aria: boolean, attributes: string) => (aria ? ` ${attributes}` : '');

/** A page of the widget: its own document, shown in an iframe of the site's page. */
function document(lang: Lang, body: string, script: string, bodyAttributes = ''): string {
  return `<!doctype html>
<html dir="ltr" lang="${lang}">
<head>
<meta charset="utf-8">
<title>reCAPTCHA</title>
<link rel="stylesheet" href="/recaptcha/api2/styles.css">
</head>
<body${bodyAttributes}>
${body}
<script src="/recaptcha/api2/${script}"></script>
</body>
</html>
`;
}

/**
 * The box the site's page frames (Google's `anchor` frame): «I'm not a robot» beside a box to
 * tick, the reCAPTCHA logo, «Privacy - Terms». With `aria`, Google's markup: a span with
 * role="checkbox", aria-checked and aria-labelledby naming its label.
 */
export function anchorPage(lang: Lang, aria: boolean): string {
  const t = RECAPTCHA_TEXTS[lang];
  const presentation = ariaOf(aria, 'role="presentation"');
  return document(
    lang,
    `<div id="rc-anchor-container" class="rc-anchor rc-anchor-normal rc-anchor-light">
<div class="rc-anchor-content">
<div class="rc-inline-block"><div class="rc-anchor-center-container"><div class="rc-anchor-center-item rc-anchor-checkbox-holder">
<span class="recaptcha-checkbox recaptcha-checkbox-unchecked rc-anchor-checkbox" id="recaptcha-anchor" tabindex="0" dir="ltr"${ariaOf(aria, 'role="checkbox" aria-checked="false" aria-labelledby="recaptcha-anchor-label"')}>
<div class="recaptcha-checkbox-border"${presentation}></div>
<div class="recaptcha-checkbox-spinner"${presentation}></div>
</span>
</div></div></div>
<div class="rc-inline-block"><div class="rc-anchor-center-container"><label class="rc-anchor-center-item rc-anchor-checkbox-label" id="recaptcha-anchor-label"${ariaOf(aria, 'aria-hidden="true" role="presentation"')}>${escape(t.notARobot)}</label></div></div>
</div>
<div class="rc-anchor-normal-footer">
<div class="rc-anchor-logo-portrait"${ariaOf(aria, 'aria-hidden="true" role="presentation"')}><div class="rc-anchor-logo-img rc-anchor-logo-img-portrait"></div><div class="rc-anchor-logo-text">reCAPTCHA</div></div>
<div class="rc-anchor-pt"><a href="https://www.google.com/intl/${lang}/policies/privacy/" target="_blank" rel="noopener">${escape(t.privacy)}</a><span${ariaOf(aria, 'aria-hidden="true" role="presentation"')}> - </span><a href="https://www.google.com/intl/${lang}/policies/terms/" target="_blank" rel="noopener">${escape(t.terms)}</a></div>
</div>
</div>`,
    'anchor.js',
  );
}

/** The tiles of the challenge: nine pictures (CSS drawings of a street) in a three-by-three grid. */
const TILES = 9;

/**
 * The challenge (Google's `bframe`): «Select all images with traffic lights», a grid of nine
 * pictures, «Verify». It never lets anyone through: every answer is «Please try again».
 */
export function challengePage(lang: Lang, aria: boolean): string {
  const t = RECAPTCHA_TEXTS[lang];
  const tiles = Array.from({ length: TILES }, (_, i) => {
    const cell = `<td class="rc-imageselect-tile" tabindex="0"${ariaOf(aria, 'role="button"')}><div class="rc-image-tile rc-image-tile-${i}"></div><div class="rc-imageselect-checkbox"></div></td>`;
    return (i % 3 === 0 ? '<tr>' : '') + cell + (i % 3 === 2 ? '</tr>' : '');
  }).join('');
  return document(
    lang,
    `<div class="rc-imageselect">
<div class="rc-imageselect-desc">${escape(t.selectAll)}<strong>${escape(t.object)}</strong><span>${escape(t.noneLeft)}</span></div>
<table class="rc-imageselect-table"><tbody>${tiles}</tbody></table>
<div class="rc-imageselect-incorrect" hidden>${escape(t.tryAgain)}</div>
<div class="rc-footer">
<div class="rc-buttons"><button type="button" class="rc-button rc-button-reload" title="${escape(t.reload)}"></button><button type="button" class="rc-button rc-button-audio" title="${escape(t.audio)}"></button><button type="button" class="rc-button rc-button-help" title="${escape(t.help)}"></button></div>
<button type="button" id="recaptcha-verify-button" class="rc-button-default">${escape(t.verify)}</button>
</div>
</div>`,
    'bframe.js',
    ' class="rc-bframe"',
  );
}
