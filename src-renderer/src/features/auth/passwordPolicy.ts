/**
 * The password policy as the main process enforces it (at least 8 characters, a letter, a digit,
 * not containing the username), checked here too so people see the rules while they type.
 */
export type PasswordRule = 'minLength' | 'letter' | 'digit' | 'notUsername';

export const PASSWORD_RULES: readonly PasswordRule[] = ['minLength', 'letter', 'digit', 'notUsername'];

export function passwordRuleMet(rule: PasswordRule, password: string, username: string): boolean {
  switch (rule) {
    case 'minLength':
      return password.length >= 8;
    case 'letter':
      return /\p{L}/u.test(password);
    case 'digit':
      return /\p{Nd}/u.test(password);
    case 'notUsername': {
      const name = username.trim().toLowerCase();
      return name === '' ? password.length > 0 : !password.toLowerCase().includes(name);
    }
  }
}

export function passwordMeetsPolicy(password: string, username: string): boolean {
  return PASSWORD_RULES.every((rule) => passwordRuleMet(rule, password, username));
}
