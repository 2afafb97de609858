export { describeLogon } from './logon.js';
export { describeMain } from './main.js';
export { describeRegister } from './register.js';
export type * from './types.js';
