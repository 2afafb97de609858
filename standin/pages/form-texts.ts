import type { Texts } from '../i18n.js';
import type { FormPage } from './types.js';

/** The words every form's controls share (hint, password tools, strength meter), in one place. */
export function formTexts(t: Texts): FormPage['texts'] {
  return {
    hint: t.hint,
    showPassword: t.showPassword,
    generatePassword: t.generatePassword,
    clear: t.clear,
    strong: t.strong,
    medium: t.medium,
    weak: t.weak,
  };
}
