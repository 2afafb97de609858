// reCAPTCHA v2's script for the site's page, as the stand-in's provider serves it (Google's api.js
// in spirit): every `.g-recaptcha[data-sitekey]` the page shows, now or later, gets the widget — a
// frame with the box («I'm not a robot») and the field `g-recaptcha-response` the form posts —
// and a hidden challenge frame over the page, shown when the provider asks for one. The frames
// talk to this page by postMessage, on this origin only.
'use strict';

(() => {
  if (window.grecaptcha && window.grecaptcha.standIn) return;
  const CHALLENGE_TITLE = {
    en: 'recaptcha challenge expires in two minutes',
    ru: 'текущую проверку reCAPTCHA нужно пройти в течение двух минут',
  };
  const widgets = [];
  const random = () => Math.random().toString(36).slice(2, 12);

  function frame(title, src, width, height) {
    const element = document.createElement('iframe');
    element.title = title;
    element.name = `${title === 'reCAPTCHA' ? 'a' : 'c'}-${random()}`;
    element.width = String(width);
    element.height = String(height);
    element.setAttribute('frameborder', '0');
    element.setAttribute('scrolling', 'no');
    element.src = src;
    return element;
  }

  /** Draws the widget in `container`; its language is the container's `data-hl`, else the page's. */
  function render(container) {
    if (container.dataset.grecaptchaRendered) return widgets.findIndex((widget) => widget.container === container);
    container.dataset.grecaptchaRendered = 'yes';
    const sitekey = container.dataset.sitekey || '';
    const hl = container.dataset.hl || document.documentElement.lang || 'en';
    const query = `k=${encodeURIComponent(sitekey)}&hl=${encodeURIComponent(hl)}&co=${encodeURIComponent(btoa(location.origin))}&v=standin`;
    const id = widgets.length;
    const anchor = frame('reCAPTCHA', `/recaptcha/api2/anchor?ar=1&${query}&size=normal&cb=${random()}`, 304, 78);
    const holder = document.createElement('div');
    holder.style.width = '304px';
    holder.style.height = '78px';
    const inner = document.createElement('div');
    inner.append(anchor);
    const response = document.createElement('textarea');
    response.id = id ? `g-recaptcha-response-${id}` : 'g-recaptcha-response';
    response.name = 'g-recaptcha-response';
    response.className = 'g-recaptcha-response';
    response.style.display = 'none';
    holder.append(inner, response);
    container.replaceChildren(holder);

    // The challenge, as Google's: a box at the end of <body>, hidden until the provider asks for it.
    const challenge = document.createElement('div');
    Object.assign(challenge.style, { visibility: 'hidden', position: 'absolute', top: '-10000px', left: '0px', zIndex: '2000000000', transition: 'visibility linear 0.3s, opacity 0.3s linear', opacity: '0' });
    const backdrop = document.createElement('div');
    Object.assign(backdrop.style, { width: '100%', height: '100%', position: 'fixed', top: '0px', left: '0px', zIndex: '2000000000', backgroundColor: 'rgb(255, 255, 255)', opacity: '0.05' });
    const box = document.createElement('div');
    Object.assign(box.style, { border: '1px solid rgb(204, 204, 204)', boxShadow: 'rgba(0, 0, 0, 0.2) 2px 2px 3px', position: 'absolute', zIndex: '2000000000', backgroundColor: 'rgb(255, 255, 255)' });
    const bframe = frame(CHALLENGE_TITLE[hl] || CHALLENGE_TITLE.en, `/recaptcha/api2/bframe?${query}`, 400, 580);
    box.append(bframe);
    challenge.append(backdrop, box);
    document.body.append(challenge);
    const widget = { container, anchor, response, challenge, bframe };
    backdrop.addEventListener('click', () => {
      hide(widget);
      tell(widget.anchor, 'closed');
    });
    widgets.push(widget);
    return id;
  }

  const tell = (target, message) => target.contentWindow && target.contentWindow.postMessage({ recaptcha: message }, location.origin);

  function show(widget) {
    const r = widget.anchor.getBoundingClientRect();
    widget.challenge.style.left = `${Math.max(8, r.left + window.scrollX + 50)}px`;
    widget.challenge.style.top = `${Math.max(8, r.top + window.scrollY - 260)}px`;
    widget.challenge.style.visibility = 'visible';
    widget.challenge.style.opacity = '1';
    widget.challenge.style.transition = 'visibility linear 0s, opacity 0.3s linear';
  }

  function hide(widget) {
    widget.challenge.style.visibility = 'hidden';
    widget.challenge.style.opacity = '0';
    widget.challenge.style.top = '-10000px';
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || !event.data || typeof event.data.recaptcha !== 'string') return;
    const widget = widgets.find((w) => w.anchor.contentWindow === event.source || w.bframe.contentWindow === event.source);
    if (!widget) return;
    if (event.data.recaptcha === 'token' && typeof event.data.token === 'string') {
      widget.response.value = event.data.token;
      // The form's own handlers hear it as they hear any field change (a refusal under it goes away).
      widget.response.dispatchEvent(new Event('input', { bubbles: true }));
      widget.response.dispatchEvent(new Event('change', { bubbles: true }));
      hide(widget);
      tell(widget.anchor, 'ack');
    } else if (event.data.recaptcha === 'challenge') show(widget);
  });

  /** Renders every widget the page shows and has not had one yet; a widget whose place is gone takes its challenge along. */
  function scan() {
    for (const container of document.querySelectorAll('.g-recaptcha[data-sitekey]')) render(container);
    for (const widget of widgets) if (!widget.container.isConnected && widget.challenge.isConnected) widget.challenge.remove();
  }

  const byId = (id) => widgets[id === undefined ? 0 : id];
  window.grecaptcha = {
    standIn: true,
    render: (container) => render(container),
    getResponse: (id) => (byId(id) ? byId(id).response.value : ''),
    reset: (id) => {
      const widget = byId(id);
      if (!widget) return;
      widget.response.value = '';
      hide(widget);
      tell(widget.anchor, 'reset');
    },
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
  new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
})();
