/* global onPage, NodeFilter */
// Typography a reader never notices, as a CMS or a hyphenation script sets it: a soft hyphen in
// the middle of every long word («Зарегистри­роваться»), a no-break space after a short word
// («и политикой»), a narrow no-break space before a percent or currency sign. Field values,
// addresses and numbers are left alone, as such scripts leave them.
const SOFT_HYPHEN = '\u00AD';
const NO_BREAK_SPACE = '\u00A0';
const NARROW_NO_BREAK_SPACE = '\u202F';
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE']);
const done = new WeakSet();

function typeset(text) {
  return text
    .split(/(\s+)/)
    .map((token) => (/[@\d/.:]/.test(token) || token.includes(SOFT_HYPHEN) ? token : token.replace(/\p{L}{8,}/gu, (word) => word.slice(0, word.length >> 1) + SOFT_HYPHEN + word.slice(word.length >> 1))))
    .join('')
    .replace(/(^|[\s(«"])(\p{L}{1,2}) (?=\p{L})/gu, `$1$2${NO_BREAK_SPACE}`)
    .replace(/(\d) (?=[%€$₽])/gu, `$1${NARROW_NO_BREAK_SPACE}`);
}

onPage((document) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (done.has(node) || !node.textContent.trim() || SKIP.has(node.parentElement?.tagName)) continue;
    nodes.push(node);
  }
  for (const node of nodes) {
    const text = typeset(node.textContent);
    if (text !== node.textContent) node.textContent = text;
    done.add(node);
  }
});
