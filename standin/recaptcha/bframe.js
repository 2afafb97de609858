// The challenge (Google's `bframe`): pictures to pick and «Verify». The provider never accepts an
// answer here, as a real one does not for a browser a test drives: «Please try again» and new pictures.
'use strict';

(() => {
  const tiles = Array.from(document.querySelectorAll('.rc-imageselect-tile'));
  const wrong = document.querySelector('.rc-imageselect-incorrect');
  const siteKey = new URLSearchParams(location.search).get('k') || '';
  let turn = 0;

  /** Another set of pictures: each tile shows the next drawing. */
  function shuffle() {
    turn += 1;
    tiles.forEach((tile, i) => {
      tile.classList.remove('rc-imageselect-tileselected');
      tile.querySelector('.rc-image-tile').className = `rc-image-tile rc-image-tile-${(i + turn * 4) % tiles.length}`;
    });
  }

  for (const tile of tiles) {
    const pick = () => tile.classList.toggle('rc-imageselect-tileselected');
    tile.addEventListener('click', pick);
    tile.addEventListener('keydown', (event) => {
      if (event.key !== ' ' && event.key !== 'Enter') return;
      event.preventDefault();
      pick();
    });
  }

  document.getElementById('recaptcha-verify-button').addEventListener('click', async () => {
    const picked = tiles.map((tile, i) => (tile.classList.contains('rc-imageselect-tileselected') ? i : -1)).filter((i) => i >= 0);
    const response = await fetch(`/recaptcha/api2/userverify?k=${encodeURIComponent(siteKey)}&c=imageselect`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response: picked }),
      credentials: 'same-origin',
    }).catch(() => undefined);
    const answer = response && response.ok ? await response.json().catch(() => ({})) : {};
    if (answer.token) window.parent.postMessage({ recaptcha: 'token', token: answer.token }, location.origin);
    else {
      wrong.hidden = false;
      shuffle();
    }
  });
  document.querySelector('.rc-button-reload').addEventListener('click', shuffle);
})();
