/* global onPage, NodeFilter */
// Fields the guides never quote get the synonyms other sites use. The guides quote «Зарегистрируйтесь» /
// "Register", «Зарегистрироваться», «Ok» and name the e-mail address, the country, the terms of use
// and the privacy policy in their own words: a reader still finds each of those after this change.
const SYNONYMS = {
  ru: {
    'Имя': 'Ваше имя',
    'Фамилия': 'Ваша фамилия',
    'Email адрес': 'Электронная почта',
    'Пароль': 'Ваш пароль',
    'Введите пароль еще раз': 'Повторите пароль',
    'Страна': 'Страна проживания',
  },
  en: {
    'First name': 'Given name',
    'Last name': 'Family name',
    'Email address': 'E-mail',
    'Password': 'Your password',
    'Re-enter the password': 'Confirm password',
    'Country': 'Country of residence',
  },
};
const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

onPage((document) => {
  const synonyms = SYNONYMS[document.documentElement.lang] ?? {};
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // A required field's star may be part of the label's own text («Имя *», the dragon skin's).
    const text = node.data.trim().replace(/\s*\*$/u, '');
    if (Object.hasOwn(synonyms, text)) node.data = node.data.replace(text, synonyms[text]);
  }
  for (const name of ATTRIBUTES) {
    for (const element of document.body.querySelectorAll(`[${name}]`)) {
      const value = element.getAttribute(name).trim();
      if (Object.hasOwn(synonyms, value)) element.setAttribute(name, synonyms[value]);
    }
  }
});
