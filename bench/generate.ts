import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const RU = [
  'Перейдите в [личный кабинет](https://my.senko.digital/billmgr) и нажмите кнопку «{L}».',
  'После этого вы будете перенаправлены на страницу создания аккаунта.',
  'Заполните все контактные данные. Обязательными требованиеми являются действительный e-mail адрес и страна аккаунта для правильного учёта НДС.',
  'Ознакомьтесь с приложенными документами в форме регистрации - условиями использования и политикой конфиденциальности. Примите условия, если вы согласны с ними.',
  'После нажатия кнопки «{L}» вы автоматически будете перенаправлены на главную страницу личного кабинета.',
  'Поздравляем! Аккаунт был успешно создан.',
  'Мы настоятельно рекомендуем подтвердить ваш e-mail адрес, т.е. адрес почты, дабы получать важные уведомления.',
  'Нажмите кнопку «{L}».',
  'В течение пары минут на указанный вами при регистрации e-mail будет отправлено письмо для подтверждения e-mail.',
];

/** Writes `count` guides shaped like the real ones (front matter, sections, images, ~16 sentences). */
export function generateGuides(root: string, count: number, variant = 0): void {
  for (let i = 0; i < count; i++) {
    const dir = path.join(root, 'ru', `section-${i % 20}`);
    mkdirSync(dir, { recursive: true });
    const label = `Кнопка ${i}-${variant}`;
    const body = [
      '---',
      `title: "Руководство ${i}"`,
      `description: "Краткое руководство по разделу ${i}."`,
      'head:',
      '  - - meta',
      '    - name: keywords',
      `      content: guide, ${i}`,
      '---',
      '',
      `# Руководство ${i}`,
      '',
      `Краткое руководство по разделу ${i} личного кабинета.`,
      '',
      // A section heading the vocabulary knows: headings are sentences too.
      '## Регистрация аккаунта',
      '',
      ...RU.flatMap((line, n) => [line.replaceAll('{L}', `${label} ${n}`), '', ...(n % 3 === 1 ? [`![шаг ${n}](/images/g${i}/${n}.png){data-zoomable}`, ''] : [])]),
      '::: tip',
      'Приятного использования!',
      ':::',
      '',
    ].join('\n');
    writeFileSync(path.join(dir, `guide-${i}.md`), body);
  }
}
