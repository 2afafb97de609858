/* global onPage, swapElement */
// Labels stay visible where they are, but nothing ties them to their fields any more: `for` is
// dropped, and a label that wraps its control becomes a plain element with the same look.
onPage((document) => {
  for (const label of document.querySelectorAll('label')) {
    if (label.querySelector('input, select, textarea, button')) {
      swapElement(label, 'div', ['for']);
    } else {
      label.removeAttribute('for');
    }
  }
});
