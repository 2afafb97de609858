// The ticket editor's Markdown toolbar and its attachments (choose or drop files), shared by both
// skins: app.js (classic), spa.js and dragon.js use it. Files travel base64 in the form's JSON body.
'use strict';

window.standinEditor = (() => {
  const WRAP = { bold: ['**', '**'], italic: ['*', '*'], strike: ['~~', '~~'], code: ['`', '`'] };
  const LINE = { heading: '### ', quote: '> ', list: '- ' };

  /** Applies a toolbar action to the selection (or the caret) of `textarea`. */
  function apply(textarea, action) {
    const { selectionStart: start, selectionEnd: end, value } = textarea;
    const selected = value.slice(start, end);
    if (WRAP[action]) {
      const [open, close] = WRAP[action];
      textarea.setRangeText(open + selected + close, start, end, 'end');
      if (!selected) textarea.setSelectionRange(start + open.length, start + open.length);
    } else if (action === 'link') {
      const text = selected || 'link';
      textarea.setRangeText(`[${text}](https://)`, start, end, 'end');
      const url = start + text.length + 3;
      textarea.setSelectionRange(url, url + 8);
    } else if (LINE[action]) {
      const lineStart = value.lastIndexOf('\n', start - 1) + 1;
      const lines = value.slice(lineStart, end).split('\n').map((line) => LINE[action] + line);
      textarea.setRangeText(lines.join('\n'), lineStart, end, 'end');
    }
    textarea.focus();
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }

  function base64(buffer) {
    const bytes = new Uint8Array(buffer);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }

  /** The chosen files as the server takes them: [{name, data}] with data in base64. */
  async function encode(files) {
    return Promise.all(Array.from(files || [], async (file) => ({ name: file.name, data: base64(await file.arrayBuffer()) })));
  }

  /** A form's fields as a JSON object; the file input's files encoded. */
  async function formJson(form) {
    const body = {};
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') body[name] = value;
    const input = form.querySelector('input[type="file"]');
    if (input) body[input.name] = await encode(input.files);
    return body;
  }

  /** Lets files be dropped on `zone` as well as chosen with `input`; `list` names them. */
  function dropzone(zone, input, list) {
    const show = () => list.replaceChildren(...Array.from(input.files || [], (file) => Object.assign(document.createElement('li'), { textContent: file.name })));
    input.addEventListener('change', show);
    zone.addEventListener('dragover', (event) => {
      if (!event.dataTransfer || !Array.from(event.dataTransfer.types).includes('Files')) return;
      event.preventDefault();
      zone.classList.add('dragging');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', (event) => {
      if (!event.dataTransfer || !event.dataTransfer.files.length) return;
      event.preventDefault();
      zone.classList.remove('dragging');
      input.files = event.dataTransfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  return { apply, formJson, dropzone, encode };
})();
