import type { FastifyInstance } from 'fastify';
import type { Skin } from '../../src/config/settings.js';
import { renameClasses } from './class-rename.js';
import { addClientScript } from './client.js';
import { delayResponses } from './slow.js';

/**
 * Changes of the stand-in's pages that keep every claim of the guides true (STANDIN_TRANSFORM=<name>):
 * the metamorphic self-test runs the guides on each and expects no alarm. What the guides quote
 * («Зарегистрируйтесь», «Зарегистрироваться», «Ok», the documents' names) and what they claim (the
 * notification at the top, the account's address shown, the letter's button) is never touched.
 */
export const TRANSFORMS = {
  wrappers: 'two wrapper elements (display: contents) around every control, label and link',
  'class-rename': 'every CSS class renamed consistently in pages, stylesheets, scripts and JSON',
  'labels-unlinked': 'labels stay above their fields but are no longer tied to them (no for=, no wrapping label)',
  'custom-checkbox': 'native checkboxes drawn as role="checkbox" boxes ticking a hidden native input',
  'custom-select': 'native lists replaced by an ARIA combobox with a search box and a listbox',
  'element-swap': 'button-like links become buttons, buttons role="button" divs or <input type=submit>, headings role="heading" divs, paragraphs divs, field containers sections',
  relabel: 'fields the guides do not quote relabelled with common synonyms («Электронная почта», "Given name", "Country of residence"…)',
  reorder: 'the DOM order of forms and dialogs reversed, shown in the same order (flex + CSS order)',
  slow: 'every response 300–800 ms late',
  'late-render': "the page's content inserted 1 s after load, behind a loading indicator",
  'cookie-banner': 'a cookie consent banner in the bottom-left corner',
  'chat-widget': 'a support chat launcher in the bottom-right corner, with its own text box when opened',
  'late-handlers': 'buttons and links ignore clicks for 0.7 s after they are drawn (handlers bound late), with no sign of it',
  'submit-disabled-until-valid': 'the registration button stays disabled until the form is valid; the field left invalid says why under itself',
  'readonly-until-focus': 'text fields are read-only until they get focus (an anti-autofill trick)',
  'dialog-without-role': 'confirmation windows drawn as plain boxes over the page, with no dialog role',
  'list-popup-portaled': "a list's popup moved to the end of <body> and placed under its field by script",
  'labels-in-legend': 'field labels drawn as a <legend> in a decorative <fieldset> around the control, no <label>',
  'field-in-shadow-root': "a form's second text field (label and control) inside the open shadow root of a form-associated wrapper",
  'invisible-typography': 'soft hyphens inside long words, no-break spaces after short ones and before % and € (a reader sees the same words)',
  'aria-stripped': 'every role and aria-* attribute taken off, as on ISPsystem\'s web components: only what HTML elements say of themselves is left',
} as const;

type TransformName = keyof typeof TRANSFORMS;

/**
 * The skins a transform finds nothing to change on, and why: the self-test runs no guide there,
 * since that run would be the unchanged one. tests/metamorphic/transforms.spec.ts proves, page by
 * page, that the transform changes nothing on each skin named here.
 */
export const CHANGES_NOTHING_ON: Partial<Record<TransformName, Partial<Record<Skin, string>>>> = {
  'labels-unlinked': { spa: 'its labels are already tied to nothing', dragon: 'its labels are already tied to nothing' },
  'custom-checkbox': { spa: 'its boxes are already drawn, not native', dragon: 'its boxes are already drawn, not native' },
  'custom-select': { dragon: 'its lists are already drawn, not native' },
  reorder: { dragon: 'no <form> or dialog element: its forms and windows are custom elements' },
  'submit-disabled-until-valid': { dragon: "it reads a form's parts from classic's and spa's markup, which dragon does not share" },
  'list-popup-portaled': { classic: 'a native list draws no popup of its own', dragon: "its list's popup already opens at the end of <body>" },
  'labels-in-legend': { dragon: 'its labels are already a legend or text above the field, no <label>' },
  'field-in-shadow-root': { dragon: 'its e-mail field already stands in an open shadow root, and it has no <form>' },
};

const client = (name: TransformName) => (app: FastifyInstance) => addClientScript(app, name);

const APPLY: Record<TransformName, (app: FastifyInstance) => void> = {
  wrappers: client('wrappers'),
  'class-rename': renameClasses,
  'labels-unlinked': client('labels-unlinked'),
  'custom-checkbox': client('custom-checkbox'),
  'custom-select': client('custom-select'),
  'element-swap': client('element-swap'),
  relabel: client('relabel'),
  reorder: client('reorder'),
  slow: (app) => delayResponses(app),
  'late-render': client('late-render'),
  'cookie-banner': client('cookie-banner'),
  'chat-widget': client('chat-widget'),
  'late-handlers': client('late-handlers'),
  'submit-disabled-until-valid': client('submit-disabled-until-valid'),
  'readonly-until-focus': client('readonly-until-focus'),
  'dialog-without-role': client('dialog-without-role'),
  'list-popup-portaled': client('list-popup-portaled'),
  'labels-in-legend': client('labels-in-legend'),
  'field-in-shadow-root': client('field-in-shadow-root'),
  'invisible-typography': client('invisible-typography'),
  'aria-stripped': client('aria-stripped'),
};

function isTransform(name: string): name is TransformName {
  return Object.hasOwn(TRANSFORMS, name);
}

/**
 * Adds transform `name` to a stand-in that is built but not yet listening. Its hooks are added on
 * the root instance, so they reach every route, the static assets' included.
 */
export async function applyTransform(app: FastifyInstance, name: string): Promise<void> {
  if (!isTransform(name)) throw new Error(`unknown STANDIN_TRANSFORM "${name}"; known: ${Object.keys(TRANSFORMS).join(', ')}`);
  APPLY[name](app);
}
