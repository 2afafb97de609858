/* global onPage, document */
// The page's content arrives a second after load, as when a client renders after its data comes:
// everything in <body> is taken out (moved, so its listeners stay) behind a loading indicator and
// put back 1 s later.
const DELAY_MS = 1000;
let held = false;

onPage((doc) => {
  if (held) return;
  held = true;
  const content = doc.createDocumentFragment();
  content.append(...doc.body.childNodes);
  const loading = doc.createElement('div');
  loading.setAttribute('role', 'progressbar');
  loading.setAttribute('aria-busy', 'true');
  loading.setAttribute('aria-label', doc.documentElement.lang === 'ru' ? 'Загрузка' : 'Loading');
  Object.assign(loading.style, { width: '32px', height: '32px', margin: '120px auto', border: '3px solid #e5e7eb', borderTopColor: '#7b2ff7', borderRadius: '50%' });
  doc.body.append(loading);
  setTimeout(() => {
    loading.remove();
    document.body.append(content);
  }, DELAY_MS);
});
