/**
 * Sign-in timing: a wrong password for a known account against an unknown email. The two must
 * take similar time, or the difference tells an attacker which emails have accounts.
 *   npx tsx bench/sign-in.ts
 */
import { hashPassword, passwordMatches } from '../api/src/modules/identity/credentials.js';

const rounds = 40;

async function median(run: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)] ?? 0;
}

const stored = await hashPassword('the right password');
await passwordMatches(null, 'warm-up');
const knownEmail = await median(() => passwordMatches(stored, 'a wrong password'));
const unknownEmail = await median(() => passwordMatches(null, 'a wrong password'));
console.log(`wrong password, known email: ${knownEmail.toFixed(1)} ms (median of ${rounds})`);
console.log(`unknown email (decoy check): ${unknownEmail.toFixed(1)} ms (median of ${rounds})`);
console.log(`ratio unknown / known: ${(unknownEmail / knownEmail).toFixed(2)}`);
