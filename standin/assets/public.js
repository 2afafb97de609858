// The public site's plans page: the line selector shows one line's plans (its tabs switch in the
// page, as the real site's do, and keep the choice in the address for the period buttons' reload);
// each filter slider hides the plans below its value and shows the value in its label.
'use strict';

const sliders = [...document.querySelectorAll('input[data-filter]')];
// Found by data attributes, not roles: a page stripped of its ARIA still switches.
const panelOf = (line) => document.querySelector(`[data-panel="${line}"]`);
const shownPanel = () => document.querySelector('[data-panel]:not([hidden])');

const apply = () => {
  const panel = shownPanel();
  if (!panel) return;
  for (const plan of panel.querySelectorAll('article.plan')) {
    plan.hidden = sliders.some((slider) => Number(plan.dataset[slider.dataset.filter]) < Number(slider.value));
  }
  for (const slider of sliders) {
    const label = document.querySelector(`[data-filter-label="${slider.dataset.filter}"]`);
    if (label) label.textContent = label.dataset.template.replace('{n}', slider.value);
  }
};
for (const slider of sliders) slider.addEventListener('input', apply);

// A line's plans have their own sizes: the sliders start again at its smallest.
const resetSliders = (panel) => {
  const ranges = JSON.parse(panel.dataset.ranges || '{}');
  for (const slider of sliders) {
    const [min, max] = ranges[slider.dataset.filter] || [slider.min, slider.max];
    slider.min = min;
    slider.max = max;
    slider.value = min;
  }
  apply();
};

const tabs = [...document.querySelectorAll('button[data-line]')];
const choose = (tab) => {
  for (const other of tabs) {
    const chosen = other === tab;
    if (other.hasAttribute('aria-selected')) other.setAttribute('aria-selected', String(chosen));
    other.tabIndex = chosen ? 0 : -1;
    other.classList.toggle('selected', chosen);
    panelOf(other.dataset.line).hidden = !chosen;
  }
  const input = document.querySelector('[data-line-input]');
  if (input) input.value = tab.dataset.line;
  const url = new URL(location.href);
  url.searchParams.set('line', tab.dataset.line);
  history.replaceState(null, '', url);
  resetSliders(panelOf(tab.dataset.line));
};
for (const tab of tabs) {
  tab.addEventListener('click', () => choose(tab));
  tab.addEventListener('keydown', (event) => {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
    choose(next);
    next.focus();
    event.preventDefault();
  });
}
