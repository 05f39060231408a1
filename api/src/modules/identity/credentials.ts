import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { badInput } from '../../errors/domain-error.js';

export const minimumPasswordLength = 12;
const maximumPasswordLength = 256;

/** Lower-cased and trimmed; refuses what cannot be an address. */
export function normaliseEmail(email: string, field = 'email'): string {
  const normalised = email.trim().toLowerCase();
  if (normalised.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalised)) {
    throw badInput(field, 'is not a valid email address', 'EMAIL_INVALID');
  }
  return normalised;
}

export function checkPasswordPolicy(password: string, field = 'password'): void {
  if (password.length < minimumPasswordLength) {
    throw badInput(
      field,
      `must be at least ${minimumPasswordLength} characters long`,
      'PASSWORD_TOO_SHORT',
      { min: minimumPasswordLength },
    );
  }
  if (password.length > maximumPasswordLength) {
    throw badInput(
      field,
      `must be at most ${maximumPasswordLength} characters long`,
      'PASSWORD_TOO_LONG',
      { max: maximumPasswordLength },
    );
  }
}

/** argon2id, the library's default, with its default cost (19 MiB, 2 passes). */
export const hashPassword = (password: string) => hash(password);

let decoyHash: Promise<string> | undefined;

/**
 * Checks a password; with no stored hash it still spends the time of a real check,
 * so that an unknown email cannot be told from a wrong password by timing.
 */
export async function passwordMatches(stored: string | null | undefined, password: string) {
  if (!stored) {
    decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await verify(await decoyHash, password);
    return false;
  }
  return verify(stored, password);
}

/** A random secret for a cookie or an access token, and the hash that is stored instead. */
export function newSecret(prefix = ''): { secret: string; secretHash: string } {
  const secret = prefix + randomBytes(32).toString('base64url');
  return { secret, secretHash: hashSecret(secret) };
}

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
