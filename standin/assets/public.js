// The public site's filters: each slider hides the plans below its value and shows the value in its label.
'use strict';

const sliders = [...document.querySelectorAll('input[data-filter]')];
const apply = () => {
  for (const plan of document.querySelectorAll('article.plan')) {
    plan.hidden = sliders.some((slider) => Number(plan.dataset[slider.dataset.filter]) < Number(slider.value));
  }
  for (const slider of sliders) {
    const label = document.querySelector(`[data-filter-label="${slider.dataset.filter}"]`);
    if (label) label.textContent = label.dataset.template.replace('{n}', slider.value);
  }
};
for (const slider of sliders) slider.addEventListener('input', apply);
