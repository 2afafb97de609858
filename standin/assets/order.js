// The order flow's pages on the classic skin: the total follows the payment period, and the
// servers list asks again while a server is being installed, so «Установка» turns into «Активен»
// without a reload.
'use strict';

for (const select of document.querySelectorAll('select[data-period]')) {
  const form = select.form;
  select.addEventListener('change', () => {
    const option = select.selectedOptions[0];
    for (const out of form.querySelectorAll('[data-price-out]')) out.textContent = option.dataset.price;
    const renewal = form.querySelector('[data-renewal-out]');
    if (renewal) renewal.textContent = option.dataset.renewal;
  });
}

// Correcting a refused field takes its message away.
for (const form of document.querySelectorAll('form.order-form')) {
  const settle = (event) => {
    const group = event.target.closest('[aria-invalid="true"]') || (event.target.getAttribute('aria-invalid') === 'true' ? event.target : null);
    if (!group) return;
    group.setAttribute('aria-invalid', 'false');
    const message = document.getElementById(group.getAttribute('aria-describedby'));
    if (message) message.textContent = '';
  };
  form.addEventListener('input', settle);
  form.addEventListener('change', settle);
}

for (const list of document.querySelectorAll('[data-poll]')) {
  const timer = setInterval(async () => {
    const response = await fetch(list.dataset.poll, { headers: { accept: 'application/json' }, credentials: 'same-origin' }).catch(() => undefined);
    if (!response || !response.ok) return;
    const { page } = await response.json();
    for (const row of page.rows || []) {
      const status = list.querySelector(`tr[data-server="${row.id}"] [data-status]`);
      if (!status) continue;
      status.textContent = row.statusLabel;
      status.className = `status status-${row.status}`;
    }
    if (!page.installing) clearInterval(timer);
  }, 1000);
}
