/** Words on a control that commit something: a click on it needs the person's confirmation. */
const RISKY_CONTROL = /\b(?:buy|purchase|pay|payment|place\s+(?:my\s+)?order|order\s+now|checkout|check\s+out|delete|remove|erase|send|submit|confirm|sign\s?up|register|create\s+account|subscribe|unsubscribe|transfer|book|reserve|donate|cancel|post|publish|kaufen|bestellen|löschen|acheter|commander|supprimer|comprar|pagar|eliminar)\b/i;
const PASSWORD = /\b(?:password|passwort|passcode|mot\s+de\s+passe|contraseña|pin)\b/i;

/** 'high' when acting on a control with this name commits something (pay, buy, delete, send…). */
export function controlRisk(name: string): 'low' | 'high' {
  return RISKY_CONTROL.test(name) ? 'high' : 'low';
}

/** True for password-like fields. */
export function isPasswordField(name: string): boolean {
  return PASSWORD.test(name);
}
