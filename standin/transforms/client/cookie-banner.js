/* global onPage */
// A cookie consent banner in the bottom-left corner, clear of the form and the notification, as
// most sites show on a first visit. «Принять» / "Accept" closes it.
const TEXTS = {
  ru: { label: 'Файлы cookie', text: 'Мы используем файлы cookie, чтобы сайт работал удобнее.', accept: 'Принять', settings: 'Настроить' },
  en: { label: 'Cookies', text: 'We use cookies to make the site easier to use.', accept: 'Accept', settings: 'Settings' },
};
let shown;
let accepted = false;

onPage((document) => {
  // Shown once, and again if the page's own rendering wiped it.
  if (accepted || shown?.isConnected) return;
  const t = TEXTS[document.documentElement.lang] ?? TEXTS.en;
  const banner = document.createElement('div');
  banner.setAttribute('role', 'region');
  banner.setAttribute('aria-label', t.label);
  Object.assign(banner.style, {
    position: 'fixed', left: '16px', bottom: '16px', zIndex: '50', width: '300px', padding: '14px 16px',
    background: '#fff', color: '#1f2937', border: '1px solid #e5e7eb', borderRadius: '6px',
    boxShadow: '0 6px 20px rgba(0,0,0,.15)', fontSize: '13px', lineHeight: '1.4',
  });
  const text = document.createElement('div');
  text.textContent = t.text;
  const buttons = document.createElement('div');
  Object.assign(buttons.style, { display: 'flex', gap: '12px', marginTop: '10px' });
  const accept = document.createElement('button');
  accept.type = 'button';
  accept.textContent = t.accept;
  Object.assign(accept.style, { background: '#7b2ff7', color: '#fff', border: '0', borderRadius: '3px', padding: '6px 12px', cursor: 'pointer' });
  accept.addEventListener('click', () => {
    accepted = true;
    banner.remove();
  });
  const settings = document.createElement('button');
  settings.type = 'button';
  settings.textContent = t.settings;
  Object.assign(settings.style, { background: 'none', color: '#7c3aed', border: '0', padding: '6px 0', cursor: 'pointer' });
  buttons.append(accept, settings);
  banner.append(text, buttons);
  document.body.append(banner);
  shown = banner;
});
