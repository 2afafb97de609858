// The box of the widget (Google's `anchor` frame): clicking it (or Space) asks the provider; the
// answer is a token, which goes to the site's page (api.js puts it in the form) and, once the page
// has it, the box shows its tick; or a challenge, which the page opens over itself. The box's
// state is its class; aria-checked only says it, where the widget speaks ARIA.
'use strict';

(() => {
  const box = document.getElementById('recaptcha-anchor');
  const label = document.getElementById('recaptcha-anchor-label');
  const aria = box.hasAttribute('role');
  const siteKey = new URLSearchParams(location.search).get('k') || '';
  let state = 'unchecked';

  function set(next) {
    state = next;
    for (const name of ['unchecked', 'loading', 'checked']) box.classList.toggle(`recaptcha-checkbox-${name}`, name === next);
    if (aria) box.setAttribute('aria-checked', String(next === 'checked'));
  }

  /** Tells the site's page (its api.js), on this origin only. */
  const tell = (message) => window.parent.postMessage(message, location.origin);

  async function tick() {
    if (state !== 'unchecked') return;
    set('loading');
    const response = await fetch(`/recaptcha/api2/userverify?k=${encodeURIComponent(siteKey)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
      credentials: 'same-origin',
    }).catch(() => undefined);
    const answer = response && response.ok ? await response.json().catch(() => ({})) : {};
    if (answer.token) {
      // The tick shows once the page holds the token (its «ack»), never before.
      tell({ recaptcha: 'token', token: answer.token });
    } else if (answer.challenge) {
      set('unchecked');
      tell({ recaptcha: 'challenge' });
    } else set('unchecked');
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || event.source !== window.parent || !event.data) return;
    if (event.data.recaptcha === 'ack') set('checked');
    else if (event.data.recaptcha === 'reset' || event.data.recaptcha === 'closed') set('unchecked');
  });
  box.addEventListener('click', tick);
  label.addEventListener('click', tick);
  box.addEventListener('keydown', (event) => {
    if (event.key !== ' ' && event.key !== 'Enter') return;
    event.preventDefault();
    tick();
  });
})();
