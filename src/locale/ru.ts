import type { Locale } from './types.js';

export const ru: Locale = {
  lang: 'ru',
  fieldNames: {
    passwordRepeat: /пароль\s+(?:ещ[её]\s+раз|повторно)|(?:повтор|подтвер)\p{L}*\s+парол|(?:введите|повторите)\s+пароль\s+ещ[её]/iu,
    password: /парол/iu,
    email: /e-?mail|почт|эл\.\s*адрес/iu,
    firstName: /^\s*(?:ваше\s+)?имя(?!\p{L})/iu,
    lastName: /^\s*(?:ваша\s+)?фамилия/iu,
    country: /стран/iu,
  },
  fieldMentions: {
    email: /e-?mail|почт/iu,
    country: /стран/iu,
    password: /парол/iu,
    firstName: /(?<!\p{L})имя(?!\p{L})/iu,
    lastName: /фамил/iu,
  },
  stopWords: ['для', 'или', 'при', 'под'],
  captcha: /не\s+робот|капч/iu,
  mainPageHeadings: ['Главная'],
  notificationRegion: /уведомлен/iu,
  sameAction: [
    ['Регистрация', 'Зарегистрироваться', 'Регистрироваться', 'Создать аккаунт', 'Создать учётную запись', 'Создать учетную запись'],
    ['Войти', 'Вход', 'Авторизоваться'],
    ['Ok', 'ОК', 'Отправить', 'Подтвердить'],
  ],
};
