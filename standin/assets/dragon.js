// The dragon skin: BILLmanager 6's client area as ISPsystem builds it (theme "dragon": an Angular
// app of `isp-*` wrappers and `ispui-*` web components). Each screen is drawn here from the
// server's `doc` envelope (`?func=…&sfrom=ajax&out=xjson`, standin/pages/doc-envelope.ts).
// The markup has no role and no aria-* attribute anywhere: labels are elements above their
// controls tied by nothing, the selects are focusable hosts whose list is a popup at the end of
// <body>, the boxes and radios are drawn from classes, the e-mail field lives in an open shadow
// root, and a form's model takes a typed value only from an `input` event, as Angular's does.
'use strict';

(() => {
  const root = document.querySelector('app-root');
  /** Funcs the server answers itself (messages, actions): every other /billmgr page is drawn here. */
  const SERVER_FUNCS = ['notice.confirm', 'logout', 'recovery', 'totp.qr', 'totp.key'];
  /** A list of at least this many options gets a search box in its popup. */
  const SEARCH_FROM = 8;
  let csrf = '';

  // ---- Building blocks ---------------------------------------------------------------------------

  /**
   * Builds an element: attributes (on* are listeners, booleans toggle, `props` are set as
   * properties), then children. Elements of components (tags with a hyphen) get Angular's
   * `ng-star-inserted` class, as the ones Angular inserts for *ngIf / *ngFor do.
   */
  function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === 'props') Object.assign(element, value);
      else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
      else if (value === true) element.setAttribute(name, '');
      else element.setAttribute(name, String(value));
    }
    if (tag.includes('-') || (attributes && attributes.star)) element.classList.add('ng-star-inserted');
    if (attributes && attributes.star) element.removeAttribute('star');
    element.append(...children.flat(Infinity).filter((child) => child !== undefined && child !== null && child !== false));
    return element;
  }

  /** A text of the envelope's messages. */
  const msgOf = (doc, key) => (doc.messages && doc.messages.msg && doc.messages.msg[key]) || '';
  /** A form value of the envelope (`{ $: … }`). */
  const valueOf = (doc, name) => (doc[name] && typeof doc[name].$ === 'string' ? doc[name].$ : '');
  /** A list of the envelope's `slist` as {key, label} pairs. */
  const listOf = (doc, name) => ((doc.slist || []).find((list) => list.$name === name) || { val: [] }).val.map((v) => ({ key: v.$key, label: v.$ }));
  /** A label's text: the required star is part of it, as BILLmanager's labels show it. */
  const labelText = (text, required) => (required ? `${text} *` : text);

  function flagOf(code) {
    if (!/^[A-Z]{2}$/i.test(code)) return '';
    return String.fromCodePoint(...[...code.toUpperCase()].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
  }

  // ---- Components --------------------------------------------------------------------------------

  /**
   * A web component that draws itself a moment after it is attached (Stencil's lazy hydration):
   * until then the host is empty; then `draw()` runs once and the host gets `class="hydrated"`.
   */
  class Hydrating extends HTMLElement {
    connectedCallback() {
      if (this.drawn || this.hydrating) return;
      this.hydrating = true;
      setTimeout(() => {
        this.hydrating = false;
        if (this.drawn) return;
        this.drawn = true;
        this.draw();
        this.classList.add('hydrated');
        this.dispatchEvent(new Event('hydrated'));
      }, 20);
    }

    draw() {}
  }

  /** The form: hydrated like the widgets it holds. */
  class IspForm extends Hydrating {}

  /**
   * A text field: a native `<input class="ispui-input">` and its icons (eye, dice) with no names.
   * `shadow` puts the input in the host's open shadow root (with its own stylesheet).
   * The form's model is told of the value on `input` events only (`commit`).
   */
  class IspuiInput extends Hydrating {
    draw() {
      const spec = this.spec || {};
      const input = h('input', {
        class: 'ispui-input',
        type: spec.type || 'text',
        name: spec.name,
        autocomplete: spec.autocomplete || 'off',
        maxlength: 300,
        readonly: spec.readonly,
      });
      input.value = spec.value || '';
      this.input = input;
      input.addEventListener('input', () => spec.commit && spec.commit(input.value));
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && spec.enter) {
          event.preventDefault();
          spec.enter();
        }
      });
      if (spec.shadow) {
        const shadow = this.attachShadow({ mode: 'open' });
        shadow.append(h('link', { rel: 'stylesheet', href: '/assets/dragon-shadow.css' }), h('div', { class: 'ispui-input__box' }, input));
      } else {
        const icons = (spec.tools || []).map((tool) =>
          h('span', {
            class: tool === 'generate-password' ? 'ispui-input__icon ispui-input__icon_dice' : 'ispui-input__icon ispui-input__icon_eye',
            'data-ispui-tooltip-text': tool === 'generate-password' ? spec.texts.generatePassword : spec.texts.showPassword,
            onclick: () => (tool === 'generate-password' ? spec.generate() : (input.type = input.type === 'password' ? 'text' : 'password')),
          }),
        );
        this.append(h('div', { class: 'ispui-input__box' + (spec.readonly ? ' ispui-input__box_readonly' : '') }, input, icons.length ? h('span', { class: 'ispui-input__icons' }, icons) : undefined));
      }
    }

    /** Types `text` as a person would: the value and the `input` event that commits it. */
    enter(text) {
      if (!this.input) return;
      this.input.value = text;
      this.input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  }

  /** The one open popup of a select, and the select it belongs to. */
  let openPopup;

  /**
   * A select: a focusable host (tabindex 0) with its label as a <legend> in a decorative
   * <fieldset>, the chosen text in a span, a chevron drawn by CSS, a flag and a clearing × as bare
   * icons. No native select, no input: the value is the `value` property. Its list opens as a
   * popup at the end of <body>, placed under the field; many options get a search box.
   */
  class IspuiSelect extends Hydrating {
    constructor() {
      super();
      this.currentValue = '';
    }

    get value() {
      return this.currentValue;
    }

    set value(key) {
      this.currentValue = key || '';
      this.valueSet = true;
      this.update();
    }

    draw() {
      const spec = this.spec || {};
      this.options = spec.options || [];
      if (!this.valueSet) this.currentValue = spec.value || '';
      this.setAttribute('tabindex', '0');
      if (spec.name) this.setAttribute('name', spec.name);
      this.flag = spec.flags ? h('span', { class: 'ispui-select__flag' }) : undefined;
      this.text = h('span', { class: 'ispui-select__value' });
      this.clear = spec.clearable
        ? h('span', {
            class: 'ispui-select__clear',
            'data-ispui-tooltip-text': spec.clearText,
            onclick: (event) => {
              event.stopPropagation();
              this.choose('');
              this.focus();
            },
          }, '×')
        : undefined;
      this.append(
        h('fieldset', { class: 'ispui-select__outline' }, h('legend', { class: 'ispui-select__legend' + (spec.label ? '' : ' ispui-select__legend_empty') }, spec.label || '')),
        h('div', { class: 'ispui-select__row' }, this.flag, this.text, this.clear, h('span', { class: 'ispui-select__chevron' })),
      );
      this.addEventListener('click', () => (openPopup && openPopup.owner === this ? this.close() : this.open()));
      this.addEventListener('keydown', (event) => this.key(event));
      this.update();
    }

    update() {
      if (!this.text) return;
      const option = this.options.find((o) => o.key === this.currentValue);
      const placeholder = this.spec && this.spec.placeholder;
      this.text.textContent = option ? option.label : placeholder || '';
      this.text.classList.toggle('ispui-select__value_placeholder', !option);
      if (this.flag) this.flag.textContent = option ? flagOf(option.key) : '';
      if (this.clear) this.clear.classList.toggle('ispui-select__clear_shown', Boolean(option));
      this.classList.toggle('ispui-select_filled', Boolean(option));
    }

    choose(key) {
      this.currentValue = key;
      this.update();
      this.close();
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }

    key(event) {
      const popup = openPopup && openPopup.owner === this ? openPopup : undefined;
      if (!popup && ['Enter', ' ', 'ArrowDown'].includes(event.key)) {
        event.preventDefault();
        this.open();
      } else if (popup && !popup.search) {
        if (popup.move(event)) event.preventDefault();
      }
    }

    open() {
      if (openPopup) openPopup.remove(true);
      openPopup = new Popup(this, this.options, this.currentValue);
    }

    close() {
      if (openPopup && openPopup.owner === this) openPopup.remove(false);
    }
  }

  /** A select's list, appended to the end of <body> and positioned under its field. */
  class Popup {
    constructor(owner, options, current) {
      this.owner = owner;
      this.element = h('div', { class: 'ispui-dropdown-popup' });
      this.search = options.length >= SEARCH_FROM ? h('input', { class: 'ispui-select-search', type: 'text', autocomplete: 'off' }) : undefined;
      this.items = options.map((option) => {
        const text = h('span', { class: 'ispui-select-option__text' }, option.label);
        const node = h('div', { class: 'ispui-select-option' + (option.key === current ? ' ispui-select-option_selected' : ''), star: true },
          owner.spec.flags ? h('span', { class: 'ispui-select-option__flag' }, flagOf(option.key)) : undefined,
          text,
        );
        node.addEventListener('mousedown', (event) => event.preventDefault());
        node.addEventListener('click', () => owner.choose(option.key));
        return { option, node, text };
      });
      this.list = h('div', { class: 'ispui-select-list' }, this.items.map((item) => item.node));
      if (this.search) this.element.append(h('div', { class: 'ispui-select-search-box' }, this.search));
      this.element.append(this.list);
      document.body.append(this.element);
      this.place();
      this.onOutside = (event) => {
        const path = event.composedPath();
        if (!path.includes(this.element) && !path.includes(this.owner)) this.remove(false);
      };
      this.onMove = () => this.place();
      document.addEventListener('mousedown', this.onOutside, true);
      window.addEventListener('resize', this.onMove);
      window.addEventListener('scroll', this.onMove, true);
      this.setActive(this.items.find((item) => item.option.key === current) || this.items[0]);
      if (this.search) {
        this.search.addEventListener('input', () => this.filter());
        this.search.addEventListener('keydown', (event) => {
          if (this.move(event)) event.preventDefault();
        });
        this.search.focus();
      }
      // The fade-in: drawn first, shown on the next frame.
      requestAnimationFrame(() => this.element.classList.add('ispui-dropdown-popup_shown'));
    }

    place() {
      const box = this.owner.getBoundingClientRect();
      this.element.style.top = `${box.bottom + window.scrollY + 2}px`;
      this.element.style.left = `${box.left + window.scrollX}px`;
      this.element.style.width = `${Math.max(box.width, 200)}px`;
    }

    visible() {
      return this.items.filter((item) => !item.node.classList.contains('ispui-select-option_hidden'));
    }

    setActive(item) {
      if (this.active) this.active.node.classList.remove('ispui-select-option_active');
      this.active = item;
      if (item) {
        item.node.classList.add('ispui-select-option_active');
        item.node.scrollIntoView({ block: 'nearest' });
      }
    }

    /** Up, Down, Enter, Escape, Tab on the list; true when the key was the list's. */
    move(event) {
      const shown = this.visible();
      const index = shown.indexOf(this.active);
      if (event.key === 'ArrowDown') this.setActive(shown[Math.min(index + 1, shown.length - 1)]);
      else if (event.key === 'ArrowUp') this.setActive(shown[Math.max(index - 1, 0)]);
      else if (event.key === 'Enter') {
        if (this.active && shown.includes(this.active)) this.owner.choose(this.active.option.key);
      } else if (event.key === 'Escape') {
        this.remove(false);
        this.owner.focus();
      } else if (event.key === 'Tab') {
        this.remove(false);
        return false;
      } else return false;
      return true;
    }

    /** Hides the options that do not match what was typed; the match is wrapped in a highlight. */
    filter() {
      const query = this.search.value.trim().toLocaleLowerCase();
      for (const item of this.items) {
        const label = item.option.label;
        const at = query ? label.toLocaleLowerCase().indexOf(query) : -1;
        item.node.classList.toggle('ispui-select-option_hidden', Boolean(query) && at < 0);
        if (at < 0) item.text.replaceChildren(label);
        else item.text.replaceChildren(label.slice(0, at), h('span', { class: 'ispui-select-option__highlight' }, label.slice(at, at + query.length)), label.slice(at + query.length));
      }
      this.setActive(this.visible()[0]);
    }

    /** Closes after the fade-out (a CSS transition), or at once (`now`). */
    remove(now) {
      if (openPopup === this) openPopup = undefined;
      document.removeEventListener('mousedown', this.onOutside, true);
      window.removeEventListener('resize', this.onMove);
      window.removeEventListener('scroll', this.onMove, true);
      if (this.search && document.activeElement === this.search) this.owner.focus();
      const element = this.element;
      if (now) return element.remove();
      element.classList.remove('ispui-dropdown-popup_shown');
      element.classList.add('ispui-dropdown-popup_leaving');
      const gone = () => element.remove();
      element.addEventListener('transitionend', gone, { once: true });
      setTimeout(gone, 400);
    }
  }

  /**
   * A box: the host (with its `name`) holds a drawn square and the slotted text; clicking either,
   * or Space on the focused host, toggles it. The state is the `checked` property and a class.
   */
  class IspuiCheckbox extends Hydrating {
    get checked() {
      return this.classList.contains('ispui-checkbox_checked');
    }

    set checked(on) {
      this.classList.toggle('ispui-checkbox_checked', Boolean(on));
    }

    draw() {
      const text = h('span', { class: 'ispui-checkbox__text' }, ...this.childNodes);
      this.append(h('span', { class: 'ispui-checkbox__box' }), text);
      this.setAttribute('tabindex', '0');
      if (this.initial) this.checked = true;
      this.addEventListener('click', (event) => {
        if (event.target.closest('a, .isp-consent__line')) return;
        this.toggle();
      });
      this.addEventListener('keydown', (event) => {
        if (event.key !== ' ') return;
        event.preventDefault();
        this.toggle();
      });
    }

    toggle() {
      this.checked = !this.checked;
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  /**
   * A group of choices drawn as tiles: each `ispui-radio` a drawn circle and its text; the chosen
   * one has a class. Clicking chooses; arrows move the choice.
   */
  class IspuiRadioGroup extends Hydrating {
    get value() {
      return this.currentValue || '';
    }

    draw() {
      const spec = this.spec;
      this.currentValue = spec.value;
      this.setAttribute('name', spec.name);
      this.radios = spec.options.map((option) =>
        h('ispui-radio', { value: option.key, onclick: () => this.choose(option.key), onkeydown: (event) => this.key(event, option.key) }, h('span', { class: 'ispui-radio__circle' }), h('span', { class: 'ispui-radio__label' }, option.label)),
      );
      this.append(...this.radios);
      this.update();
    }

    update() {
      for (const radio of this.radios) {
        const on = radio.getAttribute('value') === this.currentValue;
        radio.classList.toggle('ispui-radio_checked', on);
        radio.setAttribute('tabindex', on ? '0' : '-1');
      }
      if (!this.radios.some((radio) => radio.getAttribute('tabindex') === '0') && this.radios[0]) this.radios[0].setAttribute('tabindex', '0');
    }

    choose(key) {
      this.currentValue = key;
      this.update();
      this.dispatchEvent(new Event('change', { bubbles: true }));
    }

    key(event, key) {
      const keys = this.spec.options.map((o) => o.key);
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (event.key === ' ' || event.key === 'Enter') this.choose(key);
      else if (step) {
        const next = keys[(keys.indexOf(key) + step + keys.length) % keys.length];
        this.choose(next);
        this.radios[keys.indexOf(next)].focus();
      } else return;
      event.preventDefault();
    }
  }
  class IspuiRadio extends Hydrating {}

  /** A button: the host wraps a real <button>; `theme` primary, outline or link. */
  class IspuiButton extends Hydrating {
    draw() {
      const theme = this.getAttribute('theme') || 'primary';
      const themeClass = { primary: 'ispui-button__native_primary', outline: 'ispui-button__native_outline', link: 'ispui-button__native_link' }[theme];
      this.button = h('button', { class: `ispui-button__native ${themeClass}`, type: 'button', disabled: this.hasAttribute('disabled') || undefined }, ...this.childNodes);
      this.append(this.button);
    }
  }

  /** The confirmation window: an overlay with a window and its `…__button-group`, no dialog role. */
  class IspDialog extends Hydrating {
    draw() {
      const spec = this.spec;
      this.ok = h('ispui-button', { theme: 'primary', onclick: () => spec.confirm(this) }, spec.ok);
      this.cancel = h('ispui-button', { theme: 'link', onclick: () => this.close() }, spec.cancel);
      this.append(
        h('div', { class: 'isp-dialog__window' },
          h('div', { class: 'isp-dialog__header' }, h('span', { class: 'isp-dialog__title' }, spec.title), h('span', { class: 'isp-dialog__close', onclick: () => this.close() }, '×')),
          h('div', { class: 'isp-dialog__content' }, spec.text),
          h('div', { class: 'isp-dialog__button-group' }, this.ok, this.cancel),
        ),
      );
      this.addEventListener('keydown', (event) => event.key === 'Escape' && this.close());
      this.addEventListener('click', (event) => event.target === this && this.close());
    }

    open() {
      this.classList.add('isp-dialog_open');
      const focus = () => this.ok && this.ok.button && this.ok.button.focus();
      if (this.ok && this.ok.button) focus();
      else setTimeout(focus, 60);
    }

    close() {
      this.classList.remove('isp-dialog_open');
    }
  }

  /** The e-mail banner: a triangle icon, violet clickable text (or plain text and a button), a separate ×. */
  class IspBanner extends Hydrating {
    draw() {
      const n = this.spec;
      const text = n.button
        ? [h('span', { class: 'isp-banner__plain' }, n.text), h('ispui-button', { theme: 'outline', class: 'isp-banner__button', onclick: () => n.open() }, n.button)]
        : [h('span', { class: 'isp-banner__text', onclick: () => n.opensDialog && n.open() }, n.text)];
      this.append(
        h('div', { class: 'isp-banner__body' }, h('span', { class: 'isp-banner__icon' }), text),
        h('span', { class: 'isp-banner__close', 'data-ispui-tooltip-text': n.close, onclick: () => this.remove() }, '×'),
      );
    }
  }

  /** A list: a native table whose cells say their column (`td[data-table-column-name]`). */
  class IspTable extends Hydrating {
    draw() {
      const spec = this.spec;
      const STATUS = { installing: 'status status-installing', active: 'status status-active', failed: 'status status-failed' };
      const cell = (value) => {
        if (value.$href) return h('a', { href: value.$href }, value.$ || '');
        if (value.$status) return h('span', { class: STATUS[value.$status] || 'status' }, value.$ || '');
        return value.$ || '';
      };
      this.append(
        h('table', { class: 'list isp-table__table' },
          h('thead', {}, h('tr', {}, spec.columns.map((column) => h('th', { 'data-table-column-name': column.name }, column.label)))),
          h('tbody', {}, spec.rows.map((row) => h('tr', { star: true, 'data-elid': row.id }, spec.columns.map((column) => h('td', { 'data-table-column-name': column.name }, cell(row.cells[column.name] || {})))))),
        ),
      );
    }
  }

  /** The balance in the header: its amount in an `__amount` element. */
  class IspBalance extends Hydrating {
    draw() {
      const b = this.spec;
      this.append(h('span', { class: 'isp-balance__label' }, `${b.label}: `), h('span', { class: 'isp-balance__amount' }, b.amount), ', ', h('a', { href: '/billmgr', class: 'isp-balance__add' }, b.addFunds));
    }
  }

  /** A group of the side menu: its header opens and closes it; the state is a class. */
  class IspMenuGroup extends Hydrating {
    draw() {
      const group = this.spec;
      this.classList.toggle('isp-menu-group_open', group.open);
      this.append(
        h('div', { class: 'isp-menu-group__header', onclick: () => this.classList.toggle('isp-menu-group_open') }, h('span', { class: 'menu-icon' }, '○'), h('span', { class: 'isp-menu-group__label' }, group.label), h('span', { class: 'isp-menu-group__chevron' })),
        h('div', { class: 'isp-menu-group__items' }, group.items.map((item) => h('a', { class: 'isp-menu-group__item' + (item.current ? ' isp-menu-group__item_current' : ''), href: item.href }, item.label))),
      );
    }
  }

  for (const [name, component] of Object.entries({
    'isp-form': IspForm,
    'ispui-input': IspuiInput,
    'ispui-select': IspuiSelect,
    'ispui-checkbox': IspuiCheckbox,
    'ispui-radio-group': IspuiRadioGroup,
    'ispui-radio': IspuiRadio,
    'ispui-button': IspuiButton,
    'isp-dialog': IspDialog,
    'isp-banner': IspBanner,
    'isp-table': IspTable,
    'isp-balance': IspBalance,
    'isp-menu-group': IspMenuGroup,
  })) {
    customElements.define(name, component);
  }

  // ---- Tooltips: the «(?)» hints and the icons say their text on hover ----------------------------

  let tooltip;
  document.addEventListener('mouseover', (event) => {
    const target = event.target instanceof Element && event.target.closest('[data-ispui-tooltip-text]');
    if (!target || (tooltip && tooltip.owner === target)) return;
    if (tooltip) tooltip.remove();
    tooltip = h('div', { class: 'ispui-tooltip' }, target.getAttribute('data-ispui-tooltip-text'));
    tooltip.owner = target;
    document.body.append(tooltip);
    const box = target.getBoundingClientRect();
    tooltip.style.top = `${box.bottom + window.scrollY + 6}px`;
    tooltip.style.left = `${box.left + window.scrollX - 8}px`;
  });
  document.addEventListener('mouseout', (event) => {
    if (!tooltip || !(event.target instanceof Element) || event.target.closest('[data-ispui-tooltip-text]') !== tooltip.owner) return;
    if (event.relatedTarget instanceof Node && tooltip.owner.contains(event.relatedTarget)) return;
    tooltip.remove();
    tooltip = undefined;
  });

  // ---- Forms: the model, the fields, posting ------------------------------------------------------

  /** The «(?)» after a label: its text in `data-ispui-tooltip-text`, shown on hover. */
  const hintIcon = (text) => text && h('span', { class: 'isp-hint', 'data-ispui-tooltip-text': text }, '?');

  /** A label above its control, tied to it by nothing. */
  const fieldLabel = (text, required, hint) => h('ngispui-label', { class: 'isp-field__label' }, h('span', { class: 'isp-field__label-text' }, labelText(text, required)), hintIcon(hint));

  function passwordStrength(doc) {
    const bar = h('div', { class: 'strength-bar' });
    const word = h('div', { class: 'strength-word' });
    const rate = (value) => {
      const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(value)).length;
      const level = !value ? 0 : value.length >= 10 && classes >= 3 ? 3 : value.length >= 8 && classes >= 2 ? 2 : 1;
      bar.dataset.level = String(level);
      word.dataset.level = String(level);
      word.textContent = ['', msgOf(doc, 'strength_weak'), msgOf(doc, 'strength_medium'), msgOf(doc, 'strength_strong')][level];
    };
    return { nodes: [h('div', { class: 'strength' }, bar), word], rate };
  }

  function generatePassword() {
    const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%+-=?';
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => alphabet[b % alphabet.length]).join('');
  }

  /**
   * A form of the envelope: its model (what the fields committed), how each field is read, and
   * its posting. Fields are drawn by `field(docField)` where the page wants them.
   */
  class Form {
    constructor(doc) {
      this.doc = doc;
      this.model = {};
      this.readers = new Map();
      this.inputs = new Map();
      this.host = h('isp-form', {});
      this.host.addEventListener('input', (event) => this.settle(event));
      this.host.addEventListener('change', (event) => this.settle(event));
    }

    msg(key) {
      return msgOf(this.doc, key);
    }

    /** A field's container: its label, its control, its refusal under it. */
    container(name, ...children) {
      return h('isp-form-field', { class: 'field isp-field', 'data-field': name }, children);
    }

    /** Draws a field of `metadata.form.field`; hidden fields only join the model. */
    field(spec, options = {}) {
      const name = spec.$name;
      const hint = spec.$hint ? this.msg(`hint_${name}`) || this.msg('hint') : '';
      if (spec.input && spec.input.$type === 'hidden') {
        this.model[name] = valueOf(this.doc, name);
        this.readers.set(name, () => this.model[name]);
        return undefined;
      }
      if (spec.captcha) return this.captcha(spec);
      if ((spec.input && spec.input.$type === 'checkbox') || spec.$nobox === 'yes') return this.checkbox(spec, options);
      if (spec.select && spec.select.$type === 'radio') {
        const group = h('ispui-radio-group', { props: { spec: { name, options: listOf(this.doc, name), value: valueOf(this.doc, name) } } });
        this.readers.set(name, () => group.value);
        return this.container(name, fieldLabel(this.msg(name), spec.$required, hint), group);
      }
      if (spec.select) {
        const select = this.select(spec, options);
        return this.container(name, h('div', { class: 'isp-field__select' }, select, hintIcon(hint)), spec.$note && h('div', { class: 'note' }, this.msg(`note_${name}`)));
      }
      return this.text(spec, hint, options);
    }

    select(spec, options = {}) {
      const name = spec.$name;
      const select = h('ispui-select', {
        class: options.compact ? 'ispui-select_compact' : undefined,
        props: {
          spec: {
            name,
            label: options.compact ? '' : labelText(this.msg(name), spec.$required),
            options: listOf(this.doc, spec.select.$name),
            value: valueOf(this.doc, name),
            placeholder: this.msg(`placeholder_${name}`),
            flags: spec.select.$flags === 'yes',
            clearable: (spec.$tools || '').includes('clear'),
            clearText: this.msg('clear'),
          },
        },
      });
      this.readers.set(name, () => select.value);
      if (spec.select.$reload === 'yes') {
        select.addEventListener('change', () => {
          const url = new URL(location.href);
          url.searchParams.set(name, select.value);
          location.assign(url);
        });
      }
      return select;
    }

    text(spec, hint, options) {
      const name = spec.$name;
      const type = spec.input.$type;
      const tools = (spec.$tools || '').split(' ').filter((tool) => tool === 'show-password' || tool === 'generate-password');
      this.model[name] = valueOf(this.doc, name);
      this.readers.set(name, () => this.model[name]);
      const strength = spec.$strength === 'yes' ? passwordStrength(this.doc) : undefined;
      const host = h('ispui-input', {
        props: {
          spec: {
            name,
            type,
            autocomplete: spec.input.$autocomplete,
            readonly: spec.input.$readonly === 'yes',
            value: this.model[name],
            // The e-mail field is drawn inside the host's open shadow root.
            shadow: type === 'email',
            tools,
            texts: { showPassword: this.msg('show_password'), generatePassword: this.msg('generate_password') },
            commit: (value) => {
              this.model[name] = value;
              if (strength) strength.rate(value);
            },
            enter: () => this.onEnter && this.onEnter(),
            generate: () => {
              const password = generatePassword();
              for (const target of [name, spec.$checkpasswd]) if (target && this.inputs.get(target)) this.inputs.get(target).enter(password);
            },
          },
        },
      });
      this.inputs.set(name, host);
      return this.container(name, fieldLabel(this.msg(name), spec.$required, hint), host, strength && strength.nodes, options.after);
    }

    checkbox(spec, options) {
      const name = spec.$name;
      const link = spec.$link && h('a', { class: 'link isp-consent__link', href: spec.$link, target: '_blank', rel: 'noopener' }, this.msg(`link_${name}`));
      if (spec.$nobox === 'yes') return this.container(name, h('div', { class: 'isp-consent isp-consent_nobox' }, h('span', { class: 'isp-consent__text' }, this.msg(name)), link ? [' ', link] : []));
      const box = h('ispui-checkbox', { name, props: { initial: valueOf(this.doc, name) === 'on' } }, labelText(this.msg(name), spec.$required));
      this.readers.set(name, () => (box.checked ? 'on' : 'off'));
      if (options.under) {
        // One box beside both texts, centred on them; the second text (and its link) accepts nothing.
        const under = options.under;
        const underLink = under.$link && h('a', { class: 'link', href: under.$link, target: '_blank', rel: 'noopener' }, this.msg(`link_${under.$name}`));
        const shared = h('ispui-checkbox', { name, class: 'ispui-checkbox_shared', props: { initial: valueOf(this.doc, name) === 'on' } },
          h('span', { class: 'isp-consent__first' }, labelText(this.msg(name), spec.$required), link ? [' ', h('a', { class: 'link', href: spec.$link, target: '_blank', rel: 'noopener' }, this.msg(`link_${name}`))] : []),
          h('span', { class: 'isp-consent__line' }, this.msg(under.$name), underLink ? [' ', underLink] : []),
        );
        this.readers.set(name, () => (shared.checked ? 'on' : 'off'));
        return this.container(name, h('div', { class: 'isp-consent' }, shared));
      }
      return this.container(name, h('div', { class: 'isp-consent' }, box, link), options.after);
    }

    /** The captcha's place: the provider's script draws its widget and the field it posts (its token) in it. */
    captcha(spec) {
      const name = spec.$name;
      const place = h('div', { class: 'g-recaptcha', 'data-sitekey': spec.captcha.$sitekey, 'data-hl': spec.captcha.$hl });
      this.readers.set(name, () => {
        const token = place.querySelector('textarea');
        return token ? token.value : '';
      });
      if (!document.querySelector('script[src="/recaptcha/api.js"]')) document.head.append(h('script', { src: '/recaptcha/api.js', async: true }));
      return this.container(name, place);
    }

    /** Every field's value as posted: the model's, the widgets' properties. */
    values() {
      const body = {};
      for (const [name, read] of this.readers) body[name] = read();
      return body;
    }

    settle(event) {
      const container = event.target.closest && event.target.closest('isp-form-field');
      if (container) this.clear(container);
    }

    clear(container) {
      container.classList.remove('isp-field_invalid');
      const error = container.querySelector(':scope > .isp-field__error');
      if (error) error.remove();
    }

    /** The refusals of `doc.error`, each under its field; the first one's control focused. */
    showErrors(errors, place) {
      for (const container of this.host.querySelectorAll('isp-form-field')) this.clear(container);
      let first;
      for (const error of errors) {
        const container = this.host.querySelector(`isp-form-field[data-field="${error.$object}"]`) || (place && place(error));
        if (!container) continue;
        container.classList.add('isp-field_invalid');
        container.append(h('div', { class: 'isp-field__error' }, error.msg.$));
        first = first || container;
      }
      if (!first) return;
      const input = this.inputs.get(first.dataset.field);
      const control = (input && input.input) || first.querySelector('.isp-os-tile, ispui-select, ispui-checkbox, ispui-radio[tabindex="0"], textarea');
      if (control) control.focus();
    }

    /** Posts the form as BILLmanager's client does (`sok=ok`, out=xjson, the CSRF token). */
    async post(action, extra = {}, json = undefined) {
      const body = Object.assign({ sok: 'ok' }, this.values(), extra, json || {});
      const answer = await postDoc(action, body, Boolean(json));
      if (answer.error) this.showErrors([].concat(answer.error));
      else if (answer.ok !== undefined) await navigate(answer.redirect ? answer.redirect.$ : location.href, true);
      return answer;
    }
  }

  /** The URL of a page's envelope. */
  function docURL(href) {
    const url = new URL(href, location.href);
    url.searchParams.set('sfrom', 'ajax');
    url.searchParams.set('out', 'xjson');
    return url;
  }

  /** A post answered in the `doc` envelope; urlencoded, or JSON when it carries files. */
  async function postDoc(action, body, json) {
    const response = await fetch(docURL(action), {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': json ? 'application/json' : 'application/x-www-form-urlencoded', 'x-csrf-token': csrf },
      body: json ? JSON.stringify(body) : new URLSearchParams(body),
      credentials: 'same-origin',
    });
    const answer = await response.json().catch(() => ({ doc: { error: [] } }));
    return answer.doc || { error: [] };
  }

  /** A form's buttons: posting ones and links (Cancel as a link-styled button, a line under them). */
  function formButtons(form, buttons, submit) {
    const row = [];
    let line;
    for (const button of buttons) {
      const label = form.msg(`button_${button.$name}`);
      if (button.$type === 'ok') row.push(h('ispui-button', { theme: 'primary', type: 'submit', onclick: () => submit(button.$name) }, label));
      else if (button.$style === 'line') line = h('p', { class: 'signup-line' }, form.msg(`before_${button.$name}`), ' ', h('a', { class: 'link', href: button.$href }, label));
      else row.push(h('ispui-button', { theme: button.$style === 'button' ? 'outline' : 'link', onclick: () => navigate(button.$href, true) }, label));
    }
    return [h('div', { class: 'actions isp-form__actions' }, row), line];
  }

  // ---- Log-on and registration --------------------------------------------------------------------

  function renderAuth(doc) {
    document.body.className = 'dragon auth';
    const meta = doc.metadata.form;
    const form = new Form(doc);
    const fields = meta.field;
    const nodes = fields.map((field, i) => {
      if (field.$underprevious === 'yes') return undefined;
      const next = fields[i + 1];
      return form.field(field, { under: next && next.$underprevious === 'yes' ? next : undefined });
    });
    const submit = () => form.post(meta.$action);
    form.onEnter = submit;
    const link = (place) => meta.link.filter((l) => l.$place === place).map((l) => h('a', { class: 'link have-account', href: l.$href }, form.msg(`link_${l.$name}`)));
    form.host.append(...nodes.filter(Boolean), ...formButtons(form, meta.buttons.button, submit).filter(Boolean), ...link('below'));
    root.replaceChildren(
      h('main', { class: 'auth-page' }, h('section', { class: 'auth-panel' }, h('div', { class: 'logo' }, 'senko://digital'), h('h1', {}, form.msg('title')), link('above'), form.host)),
    );
  }

  // ---- The frame of the pages behind log-on ---------------------------------------------------------

  function toast(text) {
    const note = h('div', { class: 'toast isp-toast' }, text);
    root.append(note);
    setTimeout(() => note.remove(), 4000);
  }

  /** The header, tabs, side menu, e-mail banner and its dialog around `content`. */
  function renderApp(doc, ...content) {
    const page = doc.chrome;
    document.body.className = 'dragon app' + (page.layout === 'shifted' ? ' drift-layout' : '');
    const dialog = h('isp-dialog', {
      props: {
        spec: {
          title: page.dialog.title,
          text: page.dialog.text,
          ok: page.dialog.ok,
          cancel: page.dialog.cancel,
          confirm: async (self) => {
            const answer = await postDoc(page.dialog.action, { sok: 'ok' });
            self.close();
            if (answer.message) toast(answer.message.$);
          },
        },
      },
    });
    const n = page.notification;
    const banner = n && h('isp-banner', { class: n.position === 'bottom' ? 'isp-banner_bottom' : 'isp-banner_top', props: { spec: Object.assign({}, n, { open: () => dialog.open() }) } });
    let menuOpen = false;
    const userMenu = h('div', { class: 'isp-user-menu' },
      h('span', { class: 'isp-user-menu__toggle', onclick: () => userMenu.classList.toggle('isp-user-menu_open', (menuOpen = !menuOpen)) }, h('span', { class: 'isp-user-menu__icon' }), h('span', { class: 'user-email' }, page.account)),
      h('div', { class: 'isp-user-menu__drop' },
        h('a', { class: 'isp-user-menu__item isp-user-menu__settings', href: page.settings.href }, page.settings.label),
        h('form', { method: 'post', action: page.logout.action }, h('input', { type: 'hidden', name: '_csrf', value: csrf }), h('button', { type: 'submit', class: 'isp-user-menu__item isp-user-menu__logout' }, page.logout.label)),
      ),
    );
    const header = h('header', { class: 'topbar' }, h('div', { class: 'brand' }, '://'), h('div', { class: 'topbar-right' }, h('isp-balance', { class: 'balance', props: { spec: page.balance } }), userMenu));
    const shown = page.tabs.length - 1;
    const tabs = h('div', { class: 'tabbar' }, h('span', { class: 'tab-icons' }, '↶ ☰ ☆ ▤ ⊕ ⊖ ⌕'), h('div', { class: 'isp-tabs' }, page.tabs.map((label, i) => h('a', { class: 'tab isp-tab' + (i === shown ? ' isp-tab_active' : ''), href: page.tabLinks[i] }, label))));
    const menu = h('nav', { class: 'sidebar' }, page.menu.map((group) => h('isp-menu-group', { props: { spec: group } })), h('div', { class: 'copyright' }, page.copyright));
    root.replaceChildren(banner || '', header, tabs, h('div', { class: 'layout' }, menu, h('main', { class: 'content' }, content)), dialog);
  }

  function pageHead(title, back) {
    return h('div', { class: 'page-head' }, back && h('a', { class: 'back-arrow', href: back.href }, '←'), h('h1', {}, title), h('span', { class: 'head-icons' }, '⟳ ◍'));
  }

  function emptyState(empty) {
    return h('div', { class: 'empty' }, h('div', { class: 'empty-art' }), h('b', {}, empty.title), h('span', {}, empty.hint));
  }

  function panel(heading, ...content) {
    return h('section', { class: 'panel' }, h('h2', {}, heading), content);
  }

  /** An `isp-table` of the envelope's list: columns from `coldata` (labels in msg), rows from `elem`. */
  function table(msg, coldata, elem, ids) {
    return h('isp-table', { props: { spec: { columns: coldata.col.map((col) => ({ name: col.$name, label: msg[col.$name] })), rows: (elem || []).map((cells, i) => ({ cells, id: ids && ids[i] })) } } });
  }

  // ---- The pages behind log-on ----------------------------------------------------------------------

  function renderMain(doc) {
    const c = doc.content;
    const p = c.panels;
    renderApp(
      doc,
      h('div', { class: 'page-head' }, h('h1', {}, msgOf(doc, 'title')), h('span', { class: 'head-icons' }, '⟳ ◍'), h('div', { class: 'tip' }, c.refreshTip, h('span', { class: 'tip-close' }, '×'))),
      h('section', { class: 'panel quick' },
        h('div', { class: 'tiles' }, c.tiles.map((tile) =>
          tile.button
            ? h('div', { class: 'tile' }, h('span', {}, tile.label), h('a', { class: 'btn-primary small', href: '/billmgr' }, tile.button))
            : h('a', { class: 'tile', href: tile.href || '/billmgr' }, h('span', {}, tile.label), h('i', { class: { blue: 'ti blue', orange: 'ti orange', green: 'ti green' }[tile.icon] || 'ti' })),
        )),
      ),
      h('div', { class: 'panels' },
        h('div', { class: 'col' },
          panel(p.accountInfo.heading, h('table', { class: 'info' }, h('tbody', {}, p.accountInfo.rows.map((row) => h('tr', {}, h('th', {}, row.label), h('td', { class: row.accent ? 'accent' : undefined }, row.value)))))),
          panel(p.services, emptyState(p.empty)),
        ),
        h('div', { class: 'col' }, panel(p.tickets.heading, emptyState(p.empty), h('div', { class: 'panel-links' }, p.tickets.links.map((link) => h('a', { class: 'link', href: link.href }, link.label))))),
      ),
      panel(p.activeServices, emptyState(p.empty)),
    );
  }

  function renderTicketList(doc) {
    const create = doc.metadata.toolbar.toolbtn[0];
    renderApp(
      doc,
      pageHead(msgOf(doc, 'title')),
      h('div', { class: 'list-toolbar' }, h('a', { class: 'tool-button', href: create.$href }, h('span', { class: 'tool-icon' }, '⊕'), msgOf(doc, 'toolbtn_new'))),
      h('section', { class: 'panel list-panel' }, table(doc.messages.msg, doc.metadata.coldata, doc.elem), !(doc.elem || []).length && emptyState(doc.content.empty)),
    );
  }

  /** The ticket form: subject, service, department and priority tiles, the Markdown editor and its files. */
  function renderTicketForm(doc) {
    const meta = doc.metadata.form;
    const form = new Form(doc);
    const byName = (type) => meta.field.find((f) => (type === 'textarea' ? f.textarea : f.input && f.input.$type === 'file'));
    const messageSpec = byName('textarea');
    const fileSpec = byName('file');
    const name = messageSpec.$name;
    const textarea = h('textarea', { class: 'ispui-textarea', name, rows: 7, maxlength: 20000 });
    textarea.value = valueOf(doc, name);
    form.model[name] = textarea.value;
    textarea.addEventListener('input', () => (form.model[name] = textarea.value));
    form.readers.set(name, () => form.model[name]);
    const tools = messageSpec.textarea.$tools.split(' ');
    const file = h('input', { type: 'file', name: fileSpec.$name, multiple: true, class: 'isp-attach__input' });
    const names = h('ul', { class: 'file-names' });
    const editor = h('div', { class: 'editor isp-editor' },
      h('div', { class: 'editor-toolbar' }, tools.map((action) => h('button', { type: 'button', class: { bold: 'editor-tool md-bold', italic: 'editor-tool md-italic', strike: 'editor-tool md-strike', heading: 'editor-tool md-heading', link: 'editor-tool md-link', code: 'editor-tool md-code', quote: 'editor-tool md-quote', list: 'editor-tool md-list' }[action], 'data-ispui-tooltip-text': msgOf(doc, `tool_${action}`), onclick: () => window.standinEditor.apply(textarea, action) }))),
      textarea,
      h('isp-form-field', { class: 'attach', 'data-field': fileSpec.$name }, h('span', { class: 'isp-attach__label', onclick: () => file.click() }, msgOf(doc, fileSpec.$name)), file, names),
    );
    window.standinEditor.dropzone(editor, file, names);
    const fields = meta.field.filter((f) => f !== messageSpec && f !== fileSpec).map((f) => form.field(f));
    const submit = async () => form.post(meta.$action, {}, { [fileSpec.$name]: await window.standinEditor.encode(file.files) });
    form.host.classList.add('ticket-form');
    form.host.append(
      h('div', { class: 'panel form-panel' }, fields, form.container(name, fieldLabel(msgOf(doc, name), true, ''), editor, h('div', { class: 'field-note' }, msgOf(doc, `note_${name}`)))),
      ...formButtons(form, meta.buttons.button, submit).filter(Boolean),
    );
    renderApp(doc, pageHead(msgOf(doc, 'title'), { href: meta.$back }), form.host);
  }

  function markdownRuns(runs) {
    return runs.map((run) => {
      let node = document.createTextNode(run.text);
      if (run.code) node = h('code', {}, node);
      if (run.strike) node = h('s', {}, node);
      if (run.em) node = h('em', {}, node);
      if (run.strong) node = h('strong', {}, node);
      if (run.href) node = h('a', { href: run.href, rel: 'nofollow noopener noreferrer', target: '_blank' }, node);
      return node;
    });
  }

  function markdownBlock(block) {
    const lines = (tag) => h(tag, {}, block.lines.map((runs, i) => [i ? h('br') : null, markdownRuns(runs)]));
    if (block.kind === 'ul' || block.kind === 'ol') return h(block.kind, {}, block.lines.map((runs) => h('li', {}, markdownRuns(runs))));
    if (block.kind === 'quote') return lines('blockquote');
    if (block.kind === 'heading') return h('h3', {}, markdownRuns(block.lines[0]));
    if (block.kind === 'pre') return h('pre', {}, h('code', {}, block.lines[0][0].text));
    return lines('p');
  }

  function renderTicketView(doc) {
    const c = doc.content;
    renderApp(
      doc,
      pageHead(msgOf(doc, 'title'), c.back),
      h('section', { class: 'panel form-panel' }, h('table', { class: 'info' }, h('tbody', {}, c.rows.map((row) => h('tr', {}, h('th', {}, row.label), h('td', {}, row.value)))))),
      h('section', { class: 'panel form-panel' }, h('h2', {}, c.message.label), h('div', { class: 'md' }, c.message.blocks.map(markdownBlock))),
      c.attachments.names.length > 0 && h('section', { class: 'panel form-panel' }, h('h2', {}, c.attachments.label), h('ul', { class: 'file-names' }, c.attachments.names.map((n) => h('li', {}, n)))),
      h('div', { class: 'actions' }, h('a', { class: 'btn-link', href: c.back.href }, c.back.label)),
    );
  }

  /** The referral program: «Доход» / «Статистика» tiles over their lists, then the program's fields. */
  function renderReferral(doc) {
    const c = doc.content;
    const form = new Form(doc);
    const panels = c.sections.map((section) =>
      h('section', { class: 'panel list-panel isp-section' + (section.selected ? '' : ' isp-section_hidden') }, table(section.msg, section.coldata, section.elem), !section.elem.length && emptyState(c.empty), section.note && h('p', { class: 'list-note' }, section.note)),
    );
    const tabs = c.sections.map((section, i) =>
      h('div', {
        class: 'section-tab isp-section-tab' + (section.id === 'income' ? ' icon-income' : ' icon-statistics') + (section.selected ? ' isp-section-tab_selected' : ''),
        onclick: () => {
          tabs.forEach((tab, j) => tab.classList.toggle('isp-section-tab_selected', i === j));
          panels.forEach((p, j) => p.classList.toggle('isp-section_hidden', i !== j));
        },
      }, h('span', { class: 'section-icon' }), section.label),
    );
    const meta = doc.metadata.form;
    form.host.classList.add('panel', 'form-panel', 'referral-form');
    form.host.append(...meta.field.map((f) => form.field(f)));
    renderApp(doc, pageHead(msgOf(doc, 'title')), h('div', { class: 'section-tabs' }, tabs), panels, form.host, ...formButtons(form, meta.buttons.button, () => undefined));
  }

  // ---- Routing ------------------------------------------------------------------------------------

  const RENDERERS = {
    logon: renderAuth,
    register: renderAuth,
    dashboard: renderMain,
    ticket: renderTicketList,
    'ticket.edit': renderTicketForm,
    'ticket.view': renderTicketView,
    'affiliate.client': renderReferral,
  };

  function isPage(url) {
    return url.origin === location.origin && url.pathname === '/billmgr' && !SERVER_FUNCS.includes(url.searchParams.get('func') || '');
  }

  /** Client-side navigation: the same URLs as the other skins, each page's envelope fetched. */
  async function navigate(href, push) {
    const url = new URL(href, location.href);
    if (!isPage(url)) return location.assign(url);
    const response = await fetch(docURL(url), { headers: { accept: 'application/json' }, credentials: 'same-origin' });
    const answer = response.ok ? await response.json().catch(() => undefined) : undefined;
    const doc = answer && answer.doc;
    if (!doc || !RENDERERS[doc.$func]) return location.assign(url);
    csrf = doc.$csrf || csrf;
    if (push) history.pushState(null, '', url.pathname + url.search);
    if (openPopup) openPopup.remove(true);
    if (tooltip) tooltip.remove();
    document.documentElement.lang = doc.$lang;
    document.title = `${doc.$title} — Senko Digital`;
    RENDERERS[doc.$func](doc);
    window.scrollTo(0, 0);
  }

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element && event.target.closest('a[href]');
    if (!link || link.target || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const url = new URL(link.href);
    if (!isPage(url)) return;
    event.preventDefault();
    void navigate(url.href, true);
  });
  window.addEventListener('popstate', () => void navigate(location.href, false));

  /** What dragon-order.js (the order flow's pages) draws with. */
  window.dragonApp = {
    h,
    msgOf,
    valueOf,
    listOf,
    labelText,
    fieldLabel,
    hintIcon,
    Form,
    formButtons,
    renderApp,
    pageHead,
    emptyState,
    table,
    postDoc,
    docURL,
    navigate,
    csrf: () => csrf,
    register(func, render) {
      RENDERERS[func] = render;
    },
  };

  // After every deferred script of the shell, so the renderers they register are there.
  document.addEventListener('DOMContentLoaded', () => void navigate(location.href, false));
})();
