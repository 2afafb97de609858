import type { Lang } from '../i18n.js';

/** The provider's own words (its `hl`), as Google's widget shows them in each language. */
export const RECAPTCHA_TEXTS = {
  en: {
    notARobot: "I'm not a robot",
    privacy: 'Privacy',
    terms: 'Terms',
    challengeTitle: 'recaptcha challenge expires in two minutes',
    selectAll: 'Select all images with',
    object: 'traffic lights',
    noneLeft: 'Click verify once there are none left.',
    verify: 'Verify',
    tryAgain: 'Please try again.',
    reload: 'Get a new challenge',
    audio: 'Get an audio challenge',
    help: 'Help',
  },
  ru: {
    notARobot: 'Я не робот',
    privacy: 'Конфиденциальность',
    terms: 'Условия использования',
    challengeTitle: 'текущую проверку reCAPTCHA нужно пройти в течение двух минут',
    selectAll: 'Выберите все изображения, где есть',
    object: 'светофоры',
    noneLeft: 'Если их нет, нажмите «Подтвердить».',
    verify: 'Подтвердить',
    tryAgain: 'Повторите попытку.',
    reload: 'Получить новое задание',
    audio: 'Получить аудиозадание',
    help: 'Справка',
  },
} as const satisfies Record<Lang, Record<string, string>>;
